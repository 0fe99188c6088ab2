package umbra.bench;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import umbra.app.UmbraApp;
import umbra.app.api.ApiServer;

/**
 * The real app ({@link UmbraApp}, every role) on free ports and a database of its own, with an
 * account {@code bench} whose canvas {@code bench-traceloop} holds {@link TraceLoopBench#CANVAS}
 * (pushed as {@code umbra push} would), and the two clients the trace loop has: a canvas visitor
 * (raw HTTP/1.1 with the canvas's Host) and the editor (the API with the account's token).
 */
final class TraceLoopApp implements AutoCloseable {
  static final String CANVAS = "bench-traceloop";

  /** A canvas response: status code and body. */
  record Answer(int status, String body) {}

  private final BenchDatabase db = new BenchDatabase();
  private final HttpClient api = HttpClient.newHttpClient();
  private final String token;
  private final UmbraApp app;

  TraceLoopApp() {
    try {
      token = db.accountWithCanvas("bench", CANVAS, TraceLoopBench.CANVAS);
      app = UmbraApp.start(new UmbraApp.Config(new ApiServer.Settings(0, ApiServer.Settings.DEFAULT_MAX_REQUEST_BYTES),
          0, db.config()));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  String apiBase() { return "http://localhost:" + app.apiPort(); }

  String token() { return token; }

  /** One GET on a fresh connection, as a browser without keep-alive would send it. */
  Answer get(String path) throws IOException {
    try (var socket = new Socket("localhost", app.httpPort())) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + CANVAS + ".localhost\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int bodyAt = response.indexOf("\r\n\r\n");
      if (!response.startsWith("HTTP/1.1 ") || bodyAt < 0) throw new IOException("not an HTTP response: " + response);
      return new Answer(Integer.parseInt(response.substring(9, 12)), response.substring(bodyAt + 4));
    }
  }

  /** {@code POST /api/v1/canvases/bench-traceloop/ops} with the JSON body; the response's status and body. */
  Answer postOps(String json) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(apiBase() + "/api/v1/canvases/" + CANVAS + "/ops"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    HttpResponse<String> r = api.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body());
  }

  @Override public void close() {
    api.shutdownNow();
    try {
      app.close();
    } finally {
      db.close();
    }
  }
}
