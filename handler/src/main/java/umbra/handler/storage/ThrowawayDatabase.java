package umbra.handler.storage;

import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * A fresh, migrated database {@code umbra_test_<random>} on a PostgreSQL server, dropped on
 * {@link #close}: what test runs use so that each has its own data.
 */
public final class ThrowawayDatabase implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DatabaseConfig server;
  private final String name;
  private final DatabaseConfig config;
  private final Database database;

  private ThrowawayDatabase(DatabaseConfig server, String name, DatabaseConfig config, Database database) {
    this.server = server;
    this.name = name;
    this.config = config;
    this.database = database;
  }

  /** @throws DatabaseUnavailableException with a one-line reason when the server cannot give one */
  public static ThrowawayDatabase create(DatabaseConfig server) {
    String name = "umbra_test_" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
    try {
      admin(server, "CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException("Cannot create a test database on PostgreSQL at " + server.describe()
          + ": " + e.getMessage().strip().lines().findFirst().orElse("")
          + " (set DATABASE_URL, or PGHOST, PGPORT, PGUSER, PGPASSWORD)");
    }
    DatabaseConfig config = server.withDatabase(name);
    try {
      return new ThrowawayDatabase(server, name, config, Database.open(config));
    } catch (RuntimeException e) {
      dropQuietly(server, name);
      throw e;
    }
  }

  public Database database() { return database; }

  public DatabaseConfig config() { return config; }

  @Override public void close() {
    database.close();
    dropQuietly(server, name);
  }

  private static void dropQuietly(DatabaseConfig server, String name) {
    try {
      admin(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      // left behind on a server that went away; its name says what it is
    }
  }

  /** {@code name} is made of hex digits above, so it is safe inside the statement. */
  private static void admin(DatabaseConfig server, String sql) throws SQLException {
    var props = new Properties();
    props.setProperty("user", server.user());
    if (server.password() != null) props.setProperty("password", server.password());
    props.setProperty("connectTimeout", "5");
    try (var c = DriverManager.getConnection(server.withDatabase("postgres").jdbcUrl(), props);
         var s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
