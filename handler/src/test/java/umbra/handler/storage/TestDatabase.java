package umbra.handler.storage;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class its own fresh, migrated database ({@link ThrowawayDatabase}) on the real
 * PostgreSQL (found like the app finds it: {@code DATABASE_URL}, PG* variables, or the local
 * default), and drops it afterwards. Test constructors or methods may take the {@link Database} or
 * the {@link DatabaseConfig} (to open more pools on the same database).
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(TestDatabase.class);

  @Override public void beforeAll(ExtensionContext context) {
    context.getStore(NS).put("db", ThrowawayDatabase.create(DatabaseConfig.fromEnvironment()));
  }

  @Override public void afterAll(ExtensionContext context) {
    ThrowawayDatabase opened = context.getStore(NS).remove("db", ThrowawayDatabase.class);
    if (opened != null) opened.close();
  }

  @Override public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    Class<?> type = p.getParameter().getType();
    return type == Database.class || type == DatabaseConfig.class;
  }

  @Override public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    // a method's store falls back to its class's store, where beforeAll put the database
    ThrowawayDatabase opened = e.getStore(NS).get("db", ThrowawayDatabase.class);
    return p.getParameter().getType() == Database.class ? opened.database() : opened.config();
  }
}
