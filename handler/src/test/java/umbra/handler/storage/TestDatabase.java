package umbra.handler.storage;

import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class its own fresh, migrated database {@code umbra_test_<random>} on the real
 * PostgreSQL (found like the app finds it: {@code DATABASE_URL}, PG* variables, or the local
 * default), and drops it afterwards. Test constructors or methods may take the {@link Database} or
 * the {@link DatabaseConfig} (to open more pools on the same database).
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(TestDatabase.class);

  private record Opened(String name, DatabaseConfig config, Database database) {}

  @Override public void beforeAll(ExtensionContext context) throws SQLException {
    DatabaseConfig server = DatabaseConfig.fromEnvironment();
    String name = "umbra_test_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
    admin(server, "CREATE DATABASE " + name);
    DatabaseConfig config = server.withDatabase(name);
    context.getStore(NS).put("db", new Opened(name, config, Database.open(config)));
  }

  @Override public void afterAll(ExtensionContext context) throws SQLException {
    Opened opened = context.getStore(NS).remove("db", Opened.class);
    if (opened == null) return;
    opened.database().close();
    admin(DatabaseConfig.fromEnvironment(), "DROP DATABASE IF EXISTS " + opened.name() + " WITH (FORCE)");
  }

  /** {@code name} is generated above from hex digits only, so it is safe inside the statement. */
  private static void admin(DatabaseConfig server, String sql) throws SQLException {
    var props = new Properties();
    props.setProperty("user", server.user());
    if (server.password() != null) props.setProperty("password", server.password());
    try (var c = DriverManager.getConnection(server.withDatabase("postgres").jdbcUrl(), props);
         var s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    Class<?> type = p.getParameter().getType();
    return type == Database.class || type == DatabaseConfig.class;
  }

  @Override public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    // a method's store falls back to its class's store, where beforeAll put the database
    Opened opened = e.getStore(NS).get("db", Opened.class);
    return p.getParameter().getType() == Database.class ? opened.database() : opened.config();
  }
}
