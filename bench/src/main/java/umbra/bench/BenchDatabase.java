package umbra.bench;

import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.canvas.text.PushPlan;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.CanvasService;

/**
 * A fresh, migrated database {@code umbra_bench_<random>} on the PostgreSQL the app would use
 * ({@code DATABASE_URL}, PG* variables or the local default), dropped on {@link #close}.
 */
final class BenchDatabase implements AutoCloseable {
  private final DatabaseConfig server = DatabaseConfig.fromEnvironment();
  private final String name = "umbra_bench_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
  private final Database database;

  BenchDatabase() {
    this(new String[0]);
  }

  /**
   * With settings ({@code "synchronous_commit = off"}) given to every session of the database;
   * they are the benchmark's own text, never input.
   */
  BenchDatabase(String... settings) {
    admin("CREATE DATABASE " + name);
    for (String setting : settings) admin("ALTER DATABASE " + name + " SET " + setting);
    database = Database.open(server.withDatabase(name));
  }

  Database database() { return database; }

  /**
   * A new account with one of its canvases ({@code account} or {@code account-...}) in the state
   * of the canvas {@code text}, made with the ops {@code umbra push} would send; the account's API token.
   */
  String accountWithCanvas(String account, String canvas, String text) {
    var jdbi = database.jdbi();
    var codec = new StorageCodec();
    String token = ((AccountHandler.Creation.Created) new AccountHandler(jdbi, new SecureRandom())
        .createAccount(account)).token();
    CanvasInfo info = ((Checked.Ok<CanvasInfo>) new CanvasHandler(jdbi, codec).open(canvas)).value();
    var ops = PushPlan.ops(Canvas.empty(), CanvasText.parse(text, 1).orElseThrow());
    new OpsHandler(jdbi, new CanvasService(), codec).addOps(info.id(), ops, 1, OpsHandler.newClientId());
    return token;
  }

  /** Where the database is, for a server that opens its own pool on it. */
  DatabaseConfig config() { return server.withDatabase(name); }

  @Override public void close() {
    database.close();
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  /** {@code name} is made of hex digits only, so it is safe inside the statement. */
  private void admin(String sql) {
    var props = new Properties();
    props.setProperty("user", server.user());
    if (server.password() != null) props.setProperty("password", server.password());
    try (var c = DriverManager.getConnection(server.withDatabase("postgres").jdbcUrl(), props);
         var s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot " + sql.split(" ")[0].toLowerCase() + " the benchmark database on "
          + server.describe() + ": " + e.getMessage(), e);
    }
  }
}
