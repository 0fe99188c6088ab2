package umbra.handler.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabase.class)
class DatabaseTest {
  @Test
  void anUnreachableServerIsOneClearLine() {
    var config = new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/umbra", "postgres", "secret-pw");
    var e = catchThrowableOfType(DatabaseUnavailableException.class, () -> Database.open(config));
    assertThat(e.getMessage()).startsWith("Cannot reach PostgreSQL at 127.0.0.1:1/umbra as postgres: ")
        .contains("refused").contains("DATABASE_URL").doesNotContain("secret-pw").doesNotContain("\n");
    assertThat(e.getStackTrace()).isEmpty();
  }

  @Test
  void aMissingDatabaseIsNamed(DatabaseConfig existing) {
    var e = catchThrowableOfType(DatabaseUnavailableException.class,
        () -> Database.open(existing.withDatabase("umbra_no_such_db")));
    assertThat(e.getMessage()).contains("umbra_no_such_db").contains("does not exist");
  }

  @Test
  void migrationsCreateTheTablesAndRunOnlyOnce(Database db, DatabaseConfig config) {
    var tables = db.jdbi().withHandle(h -> h.createQuery(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")
        .mapTo(String.class).list());
    assertThat(tables).contains("accounts", "access", "api_tokens", "canvases", "toplevel_oplists", "op_ctrs",
        "secrets", "custom_domains", "flyway_schema_history", "stored_events_v2", "function_arguments",
        "function_results_v3", "trace_sampling_rules", "user_data", "events", "scheduling_rules", "cron_records", "canvas_events");
    try (var again = Database.open(config)) {
      int applied = again.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM flyway_schema_history WHERE success")
          .mapTo(Integer.class).one());
      assertThat(applied).isEqualTo(6); // V1 to V6, each once
    }
  }

  /** Everything a log line with this exception would print: messages, causes, suppressed. */
  private static String printed(Throwable e) {
    var text = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }

  @Test
  void aFailedStatementsMessageHoldsNoBoundValue(Database db) {
    Throwable unique = org.assertj.core.api.Assertions.catchThrowable(() -> db.jdbi().useHandle(h -> {
      h.execute("CREATE TEMP TABLE t (v text PRIMARY KEY)");
      for (int i = 0; i < 2; i++) h.createUpdate("INSERT INTO t (v) VALUES (:v)").bind("v", "hunter2-secret").execute();
    }));
    assertThat(unique).isNotNull();
    assertThat(printed(unique)).contains("duplicate key").doesNotContain("hunter2");
    Throwable cast = org.assertj.core.api.Assertions.catchThrowable(() -> db.jdbi().withHandle(h ->
        h.createQuery("SELECT CAST(:v AS integer)").bind("v", "hunter2-secret").mapTo(Integer.class).one()));
    // PostgreSQL's own message quotes the value: what is logged is the chain without messages
    assertThat(cast).isNotNull();
    assertThat(printed(LoggedErrors.withoutValues(cast))).doesNotContain("hunter2")
        .contains("UnableToExecuteStatementException", "PSQLException (SQLState 22P02)", "DatabaseTest");
    assertThat(LoggedErrors.oneLine(cast)).doesNotContain("hunter2").contains("SQLState 22P02");
    var plain = new IllegalStateException("no canvas x");
    assertThat(LoggedErrors.withoutValues(plain)).isSameAs(plain);
  }
}
