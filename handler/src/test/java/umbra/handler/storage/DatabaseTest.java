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
      assertThat(applied).isEqualTo(5); // V1 to V5, each once
    }
  }
}
