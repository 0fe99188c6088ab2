package umbra.domain.value;

/**
 * What building and walking values costs the evaluation that does it. An evaluation has two
 * budgets ({@code Limits}): steps (work) and bytes (values built, counted cumulatively, as an
 * estimate). The interpreter counts one step per expression; a builtin charges here for the work
 * and the values its own code does and builds, <em>before</em> doing it when the amount can be
 * known first, so a bomb stops before it allocates. Going over a budget ends the evaluation with
 * a Dark error naming it, deterministically: the same program stops at the same place every run.
 *
 * <p>The units, so that every builtin's time is bounded by what it charges: one step is one
 * element (of a list, dict or tuple) visited or built, or {@link #UNITS_PER_STEP} characters or
 * bytes read or written, about what one interpreted expression costs. The byte estimates are
 * per element and include the element's small value (an Int, a Just), not big ones (a string
 * element is charged when the string is built), plus {@link #CONTAINER_BYTES} per list or dict.
 */
public interface Meter {
  /** A list or tuple element: a reference in the vector, its share of the vector's nodes, a small value. */
  long ITEM_BYTES = 16;
  /** A dict entry: a tree node (two children, colour, size), its key-value pair, the key string's header. */
  long ENTRY_BYTES = 96;
  /** A list or dict itself, beside its elements: the value, its vector's or tree's root, a small node. */
  long CONTAINER_BYTES = 64;
  /** A character of a string (UTF-16). */
  long CHAR_BYTES = 2;
  /** One small value on its own (a Just, a closure): an object header and a field or two. */
  long VALUE_BYTES = 16;
  /** Characters or bytes read or written in one step of work. */
  int UNITS_PER_STEP = 16;

  /** For code run outside any evaluation (tests, tools): counts nothing, never stops. */
  Meter NONE = new Meter() {
    @Override public void work(long steps) {}

    @Override public void memory(long bytes) {}
  };

  /**
   * For text built from a value after its evaluation has ended (a handler's response body): the
   * work is not counted, the bytes are, and past {@code maxBytes} it throws {@link Exhausted}.
   */
  static Meter capped(long maxBytes) {
    return new Meter() {
      private long left = maxBytes;

      @Override public void work(long steps) {}

      @Override public void memory(long bytes) {
        if (bytes > left) throw new Exhausted(maxBytes);
        left -= bytes;
      }
    };
  }

  /** A {@link #capped} meter's bytes are spent. */
  final class Exhausted extends RuntimeException {
    public Exhausted(long maxBytes) { super("more than " + (maxBytes >> 20) + " MB", null, false, false); }
  }

  /** Work that keeps nothing: {@code steps} more steps. */
  void work(long steps);

  /**
   * Values about to be built: {@code bytes} more of the byte budget. The helpers below charge it
   * before the work, so a bomb is reported as the oversized value it is.
   */
  void memory(long bytes);

  /** A list (or tuple) of {@code n} elements is built. */
  default void list(long n) {
    memory(plus(times(n, ITEM_BYTES), CONTAINER_BYTES));
    work(n);
  }

  /** A dict of {@code n} entries is built. */
  default void dict(long n) {
    memory(plus(times(n, ENTRY_BYTES), CONTAINER_BYTES));
    work(n);
  }

  /** A string of {@code n} characters is built. */
  default void text(long n) {
    memory(times(n, CHAR_BYTES));
    scanText(n);
  }

  /** {@code n} bytes are built (Bytes, a digest, an encoding's buffer). */
  default void binary(long n) {
    memory(n);
    scanText(n);
  }

  /**
   * A string just built, charged (after the fact: for results no bigger than a small multiple of
   * arguments already paid for) and wrapped as a value.
   */
  default Dval.DStr str(String built) {
    text(built.length());
    return new Dval.DStr(built);
  }

  /** Bytes just built, charged after the fact as {@link #str} and wrapped as a value. */
  default Dval.DBytes bytes(byte[] built) {
    binary(built.length);
    return new Dval.DBytes(built);
  }

  /**
   * The whole value is about to be copied by code that charges nothing itself (a writer of an old
   * format, storage, a queue): every element and character it reaches is charged, a part shared
   * several times each time it is reached, as the copy will be. The walk keeps its work on the
   * heap and charges as it goes, so a value far larger written out than held stops it early.
   */
  default void copies(Dval value) {
    var pending = new java.util.ArrayDeque<Dval>();
    pending.push(value);
    while (!pending.isEmpty()) {
      switch (pending.pop()) {
        case Dval.DStr s -> text(s.value().length());
        case Dval.DBytes b -> binary(b.bytes().length);
        case Dval.DList l -> {
          list(l.items().size());
          l.items().forEach(pending::push);
        }
        case Dval.DTuple t -> {
          list(t.rest().size() + 2);
          t.elements().forEach(pending::push);
        }
        case Dval.DObj o -> {
          dict(o.fields().size());
          o.fields().forEach((k, v) -> {
            text(k.length());
            pending.push(v);
          });
        }
        case Dval.DJust j -> pending.push(j.value());
        case Dval.DOk o -> pending.push(o.value());
        case Dval.DErr e -> pending.push(e.value());
        case Dval.DErrorRail r -> pending.push(r.value());
        case Dval.DResponse r -> pending.push(r.body());
        default -> list(1);
      }
    }
  }

  /** {@code n} elements are visited (searched, compared, copied into something already charged). */
  default void scan(long n) { work(n); }

  /** {@code n} characters or bytes are read. */
  default void scanText(long n) { work(n / UNITS_PER_STEP + 1); }

  /** {@code n} elements are sorted: n log n comparisons. */
  default void sort(long n) { work(times(n, 64 - Long.numberOfLeadingZeros(n))); }

  /** {@code a + b}, saturating at {@code Long.MAX_VALUE} for non-negative terms. */
  static long plus(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** {@code a * b}, saturating at {@code Long.MAX_VALUE} for non-negative factors (a bomb's size may overflow). */
  static long times(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    return high != 0 || low < 0 ? Long.MAX_VALUE : low;
  }
}
