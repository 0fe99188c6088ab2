package umbra.domain.value;

/**
 * The values one walk over a value visits, charged to a {@link Meter} a batch at a time (a walk
 * may visit millions, a charge per value would cost more than the visit), the first one free:
 * it is the caller's own step.
 */
final class Visits {
  private static final int BATCH = 1024;

  private final Meter meter;
  private long visited;
  private long charged;

  Visits(Meter meter) { this.meter = meter; }

  void one() {
    if (++visited - charged == BATCH) {
      meter.scan(BATCH);
      charged = visited;
    }
  }

  /** The walk is over: the rest is charged. */
  void done() {
    if (visited - charged > 1) meter.scan(visited - charged - 1);
    charged = visited;
  }
}
