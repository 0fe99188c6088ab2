package umbra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Arrays;

/**
 * The trace loop's two latencies on a running app ({@link TraceLoopApp}), one at a time with
 * {@link #PAUSE} idle between them, each against its own peer from the same iterations.
 *
 * <ul>
 *   <li>{@link #requestToTrace}: from sending a canvas request to its {@code trace} event
 *       arriving on the open event stream; peer: that request's own round trip.
 *   <li>{@link #editToLive}: from an ops request's response (a new value for a handler) to the
 *       first canvas response with the new value, asking back to back; peer: the ops request's
 *       own time; and the same canvas request once more, from the cache.
 * </ul>
 */
final class TraceLoopLatency {
  static final Duration PAUSE = Duration.ofMillis(20);
  static final String EDIT_PATH = "/edit";
  private static final long EDIT_TLID = 900_000;
  private static final Duration WAIT = Duration.ofSeconds(10);

  private TraceLoopLatency() {}

  /** Nearest-rank percentiles of one series, in milliseconds. */
  record Spread(int n, double p50, double p99, double max) {
    static Spread of(double[] millis) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      return new Spread(sorted.length, QueueBench.percentile(sorted, 50), QueueBench.percentile(sorted, 99),
          sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
    }
  }

  /** Request-to-event latency and, from the same requests, their round trips (the peer). */
  record Requests(Spread toEvent, Spread roundTrip) {}

  /**
   * Edit-to-live latency; the ops requests' own times (the peer); the same canvas request once
   * more right after it went live, served from the cache (what the reload adds shows against it);
   * and how many canvas answers still had the old value after an edit's response.
   */
  record Edits(Spread toLive, Spread opsRequest, Spread cachedRequest, int staleAnswers, int maxStaleInARow) {}

  static Requests requestToTrace(TraceLoopApp app, EventFeed feed, int warmup, int n) throws Exception {
    double[] event = new double[n];
    double[] roundTrip = new double[n];
    for (int i = -warmup; i < n; i++) {
      feed.skipPending();
      long sent = System.nanoTime();
      TraceLoopApp.Answer answer = app.get(TraceLoopBench.PATH);
      long answered = System.nanoTime();
      if (answer.status() != 200) throw new IllegalStateException("the handler answered " + answer);
      EventFeed.Event trace = feed.next("trace", WAIT);
      JsonNode data = trace.json();
      if (!data.path("path").asText().equals(TraceLoopBench.PATH) || data.path("status").asInt() != 200) {
        throw new IllegalStateException("not the request's trace: " + trace.data());
      }
      if (i >= 0) {
        event[i] = (trace.arrivedNanos() - sent) / 1e6;
        roundTrip[i] = (answered - sent) / 1e6;
      }
      Thread.sleep(PAUSE);
    }
    return new Requests(Spread.of(event), Spread.of(roundTrip));
  }

  static Edits editToLive(TraceLoopApp app, int warmup, int n) throws Exception {
    double[] live = new double[n];
    double[] ops = new double[n];
    double[] cached = new double[n];
    int staleAnswers = 0;
    int maxStale = 0;
    for (int i = -warmup; i < n; i++) {
      String value = Long.toString(1_000_000L + warmup + i);
      long before = System.nanoTime();
      TraceLoopApp.Answer edit = app.postOps(setHandler(value));
      long committed = System.nanoTime();
      if (edit.status() != 200) throw new IllegalStateException("the edit answered " + edit);
      int stale = 0;
      while (!isLive(app.get(EDIT_PATH), value)) {
        if (System.nanoTime() - committed > WAIT.toNanos()) throw new IllegalStateException(value + " never went live");
        stale++;
      }
      long served = System.nanoTime();
      if (!isLive(app.get(EDIT_PATH), value)) throw new IllegalStateException(value + " went live, then away");
      long again = System.nanoTime();
      if (i >= 0) {
        live[i] = (served - committed) / 1e6;
        ops[i] = (committed - before) / 1e6;
        cached[i] = (again - served) / 1e6;
        staleAnswers += stale;
        maxStale = Math.max(maxStale, stale);
      }
      Thread.sleep(PAUSE);
    }
    return new Edits(Spread.of(live), Spread.of(ops), Spread.of(cached), staleAnswers, maxStale);
  }

  private static boolean isLive(TraceLoopApp.Answer answer, String value) {
    return answer.status() == 200 && answer.body().trim().equals(value);
  }

  /** The editor's op that sets handler {@code GET /edit} to return {@code value}. */
  private static String setHandler(String value) {
    return """
        {"ops":[{"op":"SetHandler","tlid":%d,"pos":{"x":0,"y":0},"handler":{"kind":"handler","tlid":%d,"pos":{"x":0,"y":0},\
        "spec":{"type":"HTTP","route":"%s","method":"GET","ids":{"moduleId":%d,"nameId":%d,"modifierId":%d}},\
        "ast":{"expr":"EInteger","id":%d,"value":%s}}}],"opCtr":null,"clientId":null,"expectedVersion":null}"""
        .formatted(EDIT_TLID, EDIT_TLID, EDIT_PATH, EDIT_TLID + 1, EDIT_TLID + 2, EDIT_TLID + 3, EDIT_TLID + 4, value);
  }
}
