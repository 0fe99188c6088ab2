package umbra.handler.api;

import java.security.SecureRandom;
import umbra.domain.canvas.Canvas;

/**
 * Where the ids of toplevels read from text start ({@code CanvasText.read}'s {@code firstId}):
 * a random range that misses every tlid of the canvas.
 */
public final class FreshIds {
  /** New ids are drawn below 2^52: JavaScript clients read them exactly, and they never collide in practice. */
  private static final long ID_RANGE = 1L << 52;

  private final SecureRandom random = new SecureRandom();

  /** A first id whose range (one id per line is plenty) misses every tlid the canvas has. */
  public long firstFor(Canvas canvas) {
    while (true) {
      long first = 1 + (random.nextLong() & (ID_RANGE - 1)) / 2;
      long last = first + (1L << 32);
      boolean clash = canvas.live().stream().anyMatch(tl -> tl.tlid() >= first && tl.tlid() <= last)
          || canvas.deleted().stream().anyMatch(tl -> tl.tlid() >= first && tl.tlid() <= last);
      if (!clash) return first;
    }
  }
}
