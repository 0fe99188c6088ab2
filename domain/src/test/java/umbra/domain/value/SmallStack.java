package umbra.domain.value;

import java.util.ArrayList;
import java.util.function.Supplier;

/** Runs work on a thread with half the usual 1 MB stack, where recursion over deep values would overflow. */
public final class SmallStack {
  private SmallStack() {}

  /** The JVM keeps about 100 KB of a thread's stack for itself. */
  private static final long BYTES = 512 * 1024;

  /** The work's result; whatever it throws (a StackOverflowError included) is thrown here. */
  public static <T> T call(Supplier<T> work) throws InterruptedException {
    var outcome = new ArrayList<Object>(1);
    Thread small = new Thread(null, () -> {
      try {
        outcome.add(work.get());
      } catch (Throwable t) {
        outcome.add(new Thrown(t));
      }
    }, "small stack", BYTES);
    small.start();
    small.join();
    if (outcome.getFirst() instanceof Thrown(Throwable t)) {
      if (t instanceof Error e) throw e;
      throw (RuntimeException) t;
    }
    @SuppressWarnings("unchecked") T result = (T) outcome.getFirst();
    return result;
  }

  private record Thrown(Throwable t) {}
}
