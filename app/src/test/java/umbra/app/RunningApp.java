package umbra.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import umbra.app.api.ApiServer;
import umbra.dto.api.ApiJson;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;

/**
 * The real app on a free port and a test database, and a small HTTP client speaking to it the
 * way any client would: the tests see only status codes and JSON.
 */
public final class RunningApp implements AutoCloseable {
  private static final AtomicInteger NAMES = new AtomicInteger();

  /** What a response said. */
  public record Response(int status, JsonNode json, String text) {}

  private final DatabaseConfig database;
  private final UmbraApp app;
  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = ApiJson.mapper();

  public RunningApp(DatabaseConfig database) {
    this(database, ApiServer.Settings.DEFAULT_MAX_REQUEST_BYTES);
  }

  public RunningApp(DatabaseConfig database, long maxRequestBytes) {
    this(database, new UmbraApp.Config(new ApiServer.Settings(0, maxRequestBytes), 0, database));
  }

  /** @param config where its database is must be {@code database} */
  public RunningApp(DatabaseConfig database, UmbraApp.Config config) {
    this.database = database;
    this.app = UmbraApp.start(config);
  }

  public UmbraApp app() { return app; }

  public String base() { return "http://localhost:" + app.apiPort(); }

  /** The environment a CLI command on this machine would see. */
  public Map<String, String> env(String token) {
    var env = new HashMap<String, String>();
    env.put("DATABASE_URL", database.jdbcUrl());
    env.put("PGUSER", database.user());
    if (database.password() != null) env.put("PGPASSWORD", database.password());
    env.put("UMBRA_API", base());
    if (token != null) env.put("UMBRA_TOKEN", token);
    return env;
  }

  /** A new account with a unique name starting with {@code prefix}; returns (name, token). */
  public static String[] account(Database db, String prefix) {
    String name = prefix + NAMES.incrementAndGet();
    var created = (AccountHandler.Creation.Created) new AccountHandler(db.jdbi(), new SecureRandom()).createAccount(name);
    return new String[] {name, created.token()};
  }

  public Response get(String path, String token) { return send("GET", path, token, null); }

  public Response post(String path, String token, String body) { return send("POST", path, token, body); }

  public Response delete(String path, String token) { return send("DELETE", path, token, null); }

  public Response send(String method, String path, String token, String body) {
    return sendAuthorized(method, path, token == null ? null : "Bearer " + token, body);
  }

  /** @param authorization the whole Authorization header, or null for none */
  public Response sendAuthorized(String method, String path, String authorization, String body) {
    var request = HttpRequest.newBuilder(URI.create(base() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) request.header("Authorization", authorization);
    if (body != null) request.header("Content-Type", "application/json");
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode node = r.body().isEmpty() ? null : json.readTree(r.body());
      return new Response(r.statusCode(), node, r.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** {@code GET path} on the canvas's HTTP server; the whole response as text (status line, headers, body). */
  public String canvasGet(String canvas, String path) throws IOException {
    return canvasGet(app.httpPort(), canvas, path);
  }

  /**
   * A raw GET to a canvas on the canvas server at {@code port}, with the canvas's Host header
   * (Java's HTTP client will not set Host); the whole response as text.
   */
  public static String canvasGet(int port, String canvas, String path) throws IOException {
    return canvasRequest(port, canvas, "GET", path);
  }

  /** A raw request without a body, as {@link #canvasGet(int, String, String)}. */
  public static String canvasRequest(int port, String canvas, String method, String path) throws IOException {
    try (var socket = new Socket("localhost", port)) {
      socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: " + canvas + ".localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override public void close() { app.close(); }
}
