package umbra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import umbra.dto.api.ApiJson;

/**
 * A canvas's event stream ({@code GET /api/v1/canvases/{canvas}/events}) read as an editor
 * would, noting {@link System#nanoTime} the moment each event's blank line arrives.
 */
final class EventFeed implements AutoCloseable {
  /** One Server-Sent Event and when it arrived. */
  record Event(String type, String data, long arrivedNanos) {
    JsonNode json() {
      try {
        return ApiJson.mapper().readTree(data);
      } catch (Exception e) {
        throw new IllegalStateException("an event's data is not JSON: " + data, e);
      }
    }
  }

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private final HttpResponse<Stream<String>> response;

  EventFeed(String apiBase, String canvas, String token) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(apiBase + "/api/v1/canvases/" + canvas + "/events"))
        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
    response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
    if (response.statusCode() != 200) throw new IllegalStateException("the event stream answered " + response.statusCode());
    Thread.ofPlatform().daemon(true).name("bench-event-feed").start(() -> read(response.body()));
    Thread.sleep(200); // the server registers the follower just after answering
  }

  private void read(Stream<String> lines) {
    String type = "message";
    var data = new StringBuilder();
    try {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (!data.isEmpty()) events.add(new Event(type, data.toString(), System.nanoTime()));
          type = "message";
          data.setLength(0);
        } else if (line.startsWith("event: ")) {
          type = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data.append(line.substring(6));
        }
      }
    } catch (RuntimeException e) {
      // the stream ended
    }
  }

  /** The next event of that type within {@code wait}; others are skipped. */
  Event next(String type, Duration wait) throws InterruptedException {
    long until = System.nanoTime() + wait.toNanos();
    while (true) {
      Event e = events.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (e == null) throw new IllegalStateException("no '" + type + "' event within " + wait);
      if (e.type().equals(type)) return e;
    }
  }

  /** Forgets the events that arrived so far. */
  void skipPending() { events.clear(); }

  @Override public void close() {
    response.body().close();
    http.shutdownNow();
  }
}
