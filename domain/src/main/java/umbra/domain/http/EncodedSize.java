package umbra.domain.http;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * A lower bound of the bytes a value takes as a legacy response body, in either form it can take
 * there: pretty JSON ({@code JsonWriter.prettyMachine}) or end-user text ({@code Repr.toEnduser}),
 * counted without building either. Each string, char and key counts its UTF-8 bytes, bytes their
 * length, any other scalar one byte; a collection counts its brackets, a separator between
 * elements, and the indentation both forms put before a non-empty collection's closing bracket
 * (two spaces per enclosing collection, which is what makes deep nesting print quadratically).
 * Options, results, the error rail and responses count their content from indentation zero, where
 * the text form starts them again.
 *
 * <p>The walk keeps its open collections on a heap stack (nesting of any depth), and stops as soon
 * as the count passes what the caller needs, so its work is bounded by that number and not by the
 * size of the printed tree.
 */
final class EncodedSize {
  private EncodedSize() {}

  /** A collection being counted: its elements still to visit, each at {@code level}. */
  private record Open(Iterator<Dval> elements, int level) {}

  /** The lower bound, or some number over {@code enough} once it is clear the bound passes it. */
  static long atLeast(Dval value, long enough) {
    var open = new ArrayDeque<Open>();
    long total = 0;
    Dval next = value;
    int level = 0;
    while (total <= enough) {
      if (next == null) {
        Open innermost = open.peek();
        if (innermost == null) return total;
        if (!innermost.elements().hasNext()) {
          open.pop();
          continue;
        }
        next = innermost.elements().next();
        level = innermost.level();
      }
      Dval v = next;
      next = null;
      switch (v) {
        case DStr s -> total += utf8Length(s.value(), enough);
        case DChar c -> total += utf8Length(c.value(), enough);
        case DBytes b -> total += b.bytes().length;
        case DList l -> total += collection(l.items(), level, open);
        case DTuple t -> total += collection(t.elements(), level, open);
        case DObj o -> {
          total += collection(o.fields().values(), level, open);
          for (var key = o.fields().keySet().iterator(); key.hasNext() && total <= enough; ) {
            total += utf8Length(key.next(), enough);
          }
        }
        case DJust j -> { next = j.value(); level = 0; }
        case DOk ok -> { next = ok.value(); level = 0; }
        case DErr err -> { next = err.value(); level = 0; }
        case DErrorRail r -> { next = r.value(); level = 0; }
        case DResponse r -> { next = r.body(); level = 0; }
        default -> total += 1;
      }
    }
    return total;
  }

  /** Brackets, separators and the closing bracket's indentation; the elements are counted when visited. */
  private static long collection(Collection<Dval> elements, int level, ArrayDeque<Open> open) {
    if (elements.isEmpty()) return 2;
    open.push(new Open(elements.iterator(), level + 1));
    return 2 + 2L * level + (elements.size() - 1);
  }

  /**
   * The UTF-8 length ({@code String.getBytes} writes a lone surrogate as one byte), or the UTF-16
   * length (never more) once that alone passes {@code enough}.
   */
  private static long utf8Length(String s, long enough) {
    if (s.length() > enough) return s.length();
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) bytes += 1;
      else bytes += 3;
    }
    return bytes;
  }
}
