package umbra.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import umbra.dto.api.ApiJson;

/** A client of a canvas's event stream, as a browser's EventSource would be: one event at a time. */
final class EventStream implements AutoCloseable {
  /** One Server-Sent Event. */
  record Event(String id, String type, JsonNode data) {}

  private static final JsonMapper JSON = ApiJson.mapper();
  private static final Event ENDED = new Event("", "", null);

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;
  private final HttpClient http = HttpClient.newHttpClient();

  /** Opens the stream and waits until the server has answered its headers. */
  EventStream(String apiBase, String canvas, String token, String lastEventId) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(apiBase + "/api/v1/canvases/" + canvas + "/events"))
        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
    if (lastEventId != null) request.header("Last-Event-ID", lastEventId);
    response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> r = response.get(10, TimeUnit.SECONDS);
    if (r.statusCode() != 200) throw new AssertionError("the event stream answered " + r.statusCode());
    Thread.ofVirtual().start(() -> read(r.body()));
    Thread.sleep(200); // the server registers the follower just after answering
  }

  private void read(Stream<String> lines) {
    String id = "";
    String type = "message";
    var data = new StringBuilder();
    try {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (!data.isEmpty()) events.add(new Event(id, type, JSON.readTree(data.toString())));
          id = "";
          type = "message";
          data.setLength(0);
        } else if (line.startsWith("id: ")) {
          id = line.substring(4);
        } else if (line.startsWith("event: ")) {
          type = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data.append(line.substring(6));
        }
      }
    } catch (Exception | Error e) {
      // the stream ended
    }
    events.add(ENDED);
  }

  /** The next event of that type within {@code wait}; others are skipped. */
  Event next(String type, Duration wait) throws InterruptedException {
    long until = System.nanoTime() + wait.toNanos();
    while (true) {
      Event e = events.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (e == null) throw new AssertionError("no '" + type + "' event within " + wait);
      if (e == ENDED) throw new AssertionError("the stream ended before a '" + type + "' event");
      if (e.type().equals(type)) return e;
    }
  }

  /** Whether the server ended the stream within {@code wait}. */
  boolean ends(Duration wait) throws InterruptedException {
    long until = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < until) {
      Event e = events.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (e == ENDED) return true;
    }
    return false;
  }

  @Override public void close() {
    response.thenAccept(r -> r.body().close());
    http.shutdownNow();
  }
}
