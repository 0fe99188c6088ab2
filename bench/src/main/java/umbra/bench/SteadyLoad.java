package umbra.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests at a steady rate, as a service's regular traffic: {@code clients} threads, each on its
 * own kept-alive connection, each sending its share of {@code perSecond} on a fixed schedule (a slow
 * answer is not made up for by a burst). Paths come from {@code path(i)}. Counts answers and errors.
 * The JVM needs {@code -Djdk.httpclient.allowRestrictedHeaders=host} (read once, when the first
 * HTTP client is made), as the canvas is named by the Host header.
 */
final class SteadyLoad implements AutoCloseable {
  private final ExecutorService clients;
  private final LongAdder answered = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private volatile boolean running = true;
  private volatile String firstError;

  /**
   * What the load did so far: 200 answers, and anything else (other statuses, failed exchanges),
   * the first of which is described in {@code firstError} (null while there is none).
   */
  record Counts(long answered, long errors, String firstError) {}

  SteadyLoad(String base, String host, int clients, int perSecond, java.util.function.IntFunction<String> path) {
    this.clients = Executors.newFixedThreadPool(clients);
    long intervalNanos = 1_000_000_000L * clients / perSecond;
    for (int c = 0; c < clients; c++) {
      int client = c;
      this.clients.execute(() -> drive(base, host, intervalNanos, i -> path.apply(i * clients + client)));
    }
  }

  private void drive(String base, String host, long intervalNanos, java.util.function.IntFunction<String> path) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long next = System.nanoTime();
    for (int i = 0; running; i++) {
      var request = HttpRequest.newBuilder(URI.create(base + path.apply(i))).header("Host", host)
          .timeout(Duration.ofSeconds(30)).build();
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200) answered.increment();
        else failed("status " + status + " for " + request.uri());
      } catch (IOException | RuntimeException e) {
        failed(e.toString());
      } catch (InterruptedException e) {
        return;
      }
      next += intervalNanos;
      long wait = next - System.nanoTime();
      if (wait > 0) {
        try {
          Thread.sleep(Duration.ofNanos(wait));
        } catch (InterruptedException e) {
          return;
        }
      } else {
        next = System.nanoTime(); // behind: carry on at the rate from now, no burst
      }
    }
  }

  private void failed(String what) {
    if (firstError == null) firstError = what;
    errors.increment();
  }

  Counts counts() { return new Counts(answered.sum(), errors.sum(), firstError); }

  @Override public void close() throws InterruptedException {
    running = false;
    clients.shutdownNow();
    clients.awaitTermination(1, TimeUnit.MINUTES);
  }
}
