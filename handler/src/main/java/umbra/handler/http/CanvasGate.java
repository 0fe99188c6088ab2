package umbra.handler.http;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The door a canvas request passes before it evaluates: at most {@link CanvasConcurrency#running}
 * of one canvas at once, at most {@link CanvasConcurrency#waiting} more waiting (each holds a
 * server thread), none longer than the queue timeout. Other canvases have doors of their own.
 */
public final class CanvasGate {
  /** What the door said: come in (and {@link Entered#close} on the way out), or busy. */
  public sealed interface Pass permits Entered, Busy {}

  /** A place taken; closing it lets the next request in. */
  public record Entered(Semaphore places) implements Pass, AutoCloseable {
    @Override public void close() { places.release(); }
  }

  /** @param running requests of the canvas evaluating when this one was turned away */
  public record Busy(int running) implements Pass {}

  /** One canvas's places and the requests waiting for one. */
  private record Door(Semaphore places, AtomicInteger waiting) {}

  private final CanvasConcurrency limits;
  // one small entry per canvas served since start: canvases are found in the database first, so bounded by them
  private final ConcurrentHashMap<UUID, Door> doors = new ConcurrentHashMap<>();

  public CanvasGate(CanvasConcurrency limits) { this.limits = limits; }

  public CanvasConcurrency limits() { return limits; }

  public Pass enter(UUID canvasId) {
    Door door = doors.computeIfAbsent(canvasId, id -> new Door(new Semaphore(limits.running()), new AtomicInteger()));
    if (door.places().tryAcquire()) return new Entered(door.places());
    if (door.waiting().incrementAndGet() > limits.waiting()) {
      door.waiting().decrementAndGet();
      return busy(door);
    }
    try {
      return door.places().tryAcquire(limits.queueTimeout().toNanos(), TimeUnit.NANOSECONDS)
          ? new Entered(door.places()) : busy(door);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return busy(door);
    } finally {
      door.waiting().decrementAndGet();
    }
  }

  private Busy busy(Door door) {
    return new Busy(Math.max(0, limits.running() - door.places().availablePermits()));
  }
}
