package umbra.bench;

import java.util.ArrayList;
import java.util.List;
import umbra.handler.queue.QueueWorker;

/**
 * Runs {@link QueueBench} and prints the emit-to-start latency of an idle worker (p50, p90,
 * p99, max; goal: p99 at most 50 ms, where Dark polled every second), then events/s of a
 * default {@link QueueWorker} draining a full queue against a hand-written SKIP LOCKED loop with
 * as many threads, two runs each in turn (goal: at least 0.5 of the peer's).
 */
public final class QueueRatios {
  private static final double LATENCY_GOAL_MS = 50;
  private static final double THROUGHPUT_GOAL = 0.5;

  private QueueRatios() {}

  public static void main(String[] args) throws Exception {
    boolean quick = args.length > 0 && args[0].equals("-quick");
    int warmup = quick ? 10 : 50;
    int events = quick ? 50 : 300;
    int unnotified = quick ? 10 : 40;
    int drained = quick ? 1_000 : 5_000;

    System.out.println("latency: " + warmup + " warm-up, " + events + " notified and " + unnotified
        + " unnotified events, one at a time, " + QueueBench.PAUSE.toMillis() + " ms idle between them");
    QueueBench.LatencyResult latency = QueueBench.latency(warmup, events, unnotified);

    System.out.println("throughput: " + drained + " events queued up front, " + QueueWorker.Config.DEFAULTS.threads()
        + " threads each side, Umbra then peer, twice");
    var runs = new ArrayList<QueueBench.Drain[]>();
    try (var t = new QueueBench.Throughput()) {
      t.umbra(drained / 5); // warm-up of both sides, not shown
      t.peer(drained / 5);
      for (int r = 0; r < 2; r++) runs.add(new QueueBench.Drain[] {t.umbra(drained), t.peer(drained)});
    }

    System.out.println();
    System.out.printf("%-22s %9s %9s %9s %9s  %s%n", "emit-to-start", "p50", "p90", "p99", "max", "goal");
    QueueBench.Latencies n = latency.notified();
    boolean met = n.p99() <= LATENCY_GOAL_MS;
    System.out.printf("%-22s %6.2f ms %6.2f ms %6.2f ms %6.2f ms  %s%n", "notified (" + n.events() + ")", n.p50(), n.p90(),
        n.p99(), n.max(), "p99 <= " + (int) LATENCY_GOAL_MS + " ms" + (met ? " (met)" : " (NOT met)"));
    QueueBench.Latencies u = latency.unnotified();
    System.out.printf("%-22s %6.0f ms %6.0f ms %6.0f ms %6.0f ms  %s%n", "unnotified (" + u.events() + ")", u.p50(), u.p90(),
        u.p99(), u.max(), "- (runners poll every " + QueueWorker.Config.DEFAULTS.poll().toSeconds() + " s)");
    System.out.printf("(warm-up max %.2f ms; enqueue call itself p50 %.2f ms; latency from it returning to the run's first effect)%n",
        latency.warmupMax(), n.enqueueP50());

    System.out.println();
    System.out.printf("%-10s %14s %14s %8s  %s%n", "throughput", "Umbra", "SKIP LOCKED", "ratio", "goal");
    List<String> notes = new ArrayList<>();
    for (int r = 0; r < runs.size(); r++) {
      QueueBench.Drain umbra = runs.get(r)[0];
      QueueBench.Drain peer = runs.get(r)[1];
      double ratio = umbra.perSecond() / peer.perSecond();
      System.out.printf("%-10s %10.0f e/s %10.0f e/s %8.2f  %s%n", "run " + (r + 1), umbra.perSecond(), peer.perSecond(),
          ratio, ">= " + THROUGHPUT_GOAL + (ratio >= THROUGHPUT_GOAL ? " (met)" : " (NOT met)"));
      notes.add(String.format("run %d: Umbra %.2f s, peer %.2f s; Umbra's %s", r + 1, umbra.seconds(), peer.seconds(),
          umbra.note()));
    }
    System.out.println("(events/s from starting the workers to an empty queue, higher is better, ratio Umbra/peer)");
    System.out.println("throughput database: " + QueueBench.THROUGHPUT_SETTINGS + "; latency database: defaults");
    notes.forEach(System.out::println);
  }
}
