package umbra.handler.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An open connection pool on a migrated database. Close it to release the connections. */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private final HikariDataSource pool;
  private final Jdbi jdbi;

  private Database(HikariDataSource pool) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    // a failed statement's message must not carry its bound values (a secret, a user's row) into a log line
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
  }

  /**
   * Checks that the database answers, opens the pool and applies the migrations of
   * {@code db/migration} that it lacks.
   *
   * @throws DatabaseUnavailableException with a one-line reason when it cannot
   */
  public static Database open(DatabaseConfig config) {
    probe(config);
    var hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setPoolName("umbra");
    hikari.setMaximumPoolSize(16); // three hold a LISTEN each: canvas changes, queue wake-ups, canvas events
    hikari.setMinimumIdle(2);
    hikari.setConnectionTimeout(5_000);
    // compiled datastore queries take dates apart (date_part, date_trunc) in UTC, as Dark's dates are
    hikari.setConnectionInitSql("SET TIME ZONE 'UTC'");
    // nor PostgreSQL's detail lines ("Key (name)=(...) already exists"), which quote values too
    hikari.addDataSourceProperty("logServerErrorDetail", "false");
    var pool = new HikariDataSource(hikari);
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new DatabaseUnavailableException("Cannot migrate the database " + config.describe() + ": " + firstLine(e));
    }
    return new Database(pool);
  }

  /**
   * Like {@link #open}, but on a server that has no database of that name yet (a first start)
   * creates it first, so that {@code ./umbra serve} works on a fresh PostgreSQL.
   */
  public static Database openCreatingIfMissing(DatabaseConfig config) {
    try (var c = connect(config)) {
      c.isValid(5);
    } catch (SQLException e) {
      if (INVALID_CATALOG_NAME.equals(e.getSQLState())) create(config);
    }
    return open(config);
  }

  private static final String INVALID_CATALOG_NAME = "3D000";

  private static void create(DatabaseConfig config) {
    String name = config.databaseName();
    try (var c = connect(config.withDatabase("postgres")); var statement = c.createStatement()) {
      // an identifier cannot be a bind parameter: quote it as PostgreSQL quotes identifiers
      statement.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
      LOG.info("created the database {}", config.describe());
    } catch (SQLException e) {
      throw new DatabaseUnavailableException("Cannot create the database " + config.describe() + ": " + firstLine(e));
    }
  }

  private static Connection connect(DatabaseConfig config) throws SQLException {
    var props = new Properties();
    props.setProperty("user", config.user());
    if (config.password() != null) props.setProperty("password", config.password());
    props.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(config.jdbcUrl(), props);
  }

  /**
   * One plain connection first: the pool would log a stack trace for a server that is down,
   * where the user needs one sentence.
   */
  private static void probe(DatabaseConfig config) {
    try (var c = connect(config)) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException("Cannot reach PostgreSQL at " + config.describe() + ": " + firstLine(e)
          + " (set DATABASE_URL, or PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE)");
    }
  }

  /** The first line of the outermost message there is. */
  private static String firstLine(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) return t.getMessage().strip().lines().findFirst().orElseThrow();
    }
    return e.getClass().getSimpleName();
  }

  public Jdbi jdbi() { return jdbi; }

  @Override public void close() { pool.close(); }
}
