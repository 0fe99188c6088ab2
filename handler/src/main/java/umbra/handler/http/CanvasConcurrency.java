package umbra.handler.http;

import java.time.Duration;
import java.util.Map;

/**
 * How many requests of one canvas may evaluate at once, and how many may wait behind them, so one
 * canvas flooding the server cannot take every thread and core from the others.
 *
 * @param running requests of one canvas evaluating at the same time
 * @param waiting requests of one canvas waiting for one of those places; beyond this, a 503 at once
 * @param queueTimeout how long a request waits for a place before it gets a 503
 */
public record CanvasConcurrency(int running, int waiting, Duration queueTimeout) {
  public static final String RUNNING_VARIABLE = "UMBRA_CANVAS_CONCURRENCY";
  /** Seconds. */
  public static final String TIMEOUT_VARIABLE = "UMBRA_CANVAS_QUEUE_TIMEOUT";
  /** Waiting requests hold a server thread each: four per running one bounds what a flood holds. */
  public static final int WAITING_PER_RUNNING = 4;

  /**
   * Twice the cores (at least 4): a canvas can keep every core busy while its requests also wait on
   * I/O, and with Jetty's 250 threads, one canvas holds at most 5 x that while others are served.
   */
  public static final CanvasConcurrency DEFAULTS = of(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
      Duration.ofSeconds(5));

  public CanvasConcurrency {
    if (running <= 0) throw new IllegalArgumentException("running must be positive");
    if (waiting < 0) throw new IllegalArgumentException("waiting must not be negative");
    if (queueTimeout.isNegative()) throw new IllegalArgumentException("queueTimeout must not be negative");
  }

  /** {@code running} at once, four times as many waiting at most {@code queueTimeout}. */
  public static CanvasConcurrency of(int running, Duration queueTimeout) {
    return new CanvasConcurrency(running, running * WAITING_PER_RUNNING, queueTimeout);
  }

  /** The defaults, with {@value #RUNNING_VARIABLE} and {@value #TIMEOUT_VARIABLE} (whole seconds) if set. */
  public static CanvasConcurrency fromEnvironment(Map<String, String> env) {
    int running = (int) EnvironmentNumber.read(env, RUNNING_VARIABLE, DEFAULTS.running(), 1, "a positive number of requests");
    long seconds = EnvironmentNumber.read(env, TIMEOUT_VARIABLE, DEFAULTS.queueTimeout().toSeconds(), 0, "a number of seconds");
    return of(running, Duration.ofSeconds(seconds));
  }
}
