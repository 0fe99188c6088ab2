package umbra.domain.http;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * A lower bound of the bytes a value takes as a legacy response body, counted without building
 * it, in the form the body takes: pretty JSON ({@code JsonWriter.prettyMachine}) or end-user text
 * ({@code Repr.toEnduser}). Each string, char and key counts its UTF-8 bytes (and the quotes both
 * forms put around strings in a collection, and JSON around all), an integer its digits, a UUID, a
 * date, a bool, null and Nothing the length both forms give them, bytes their length, any other
 * scalar one byte, a collection its brackets and separators; and the indentation both
 * forms write, which is what makes a deep or wide nested value print far larger than it is: two
 * spaces per enclosing collection before a collection's closing bracket and before each field of a
 * dict or record, and in JSON before each element of a list that is not a number (numbers share a
 * line). The text form starts the contents of options, results, the error rail and responses again
 * at indentation zero, so there they count from zero.
 *
 * <p>The walk keeps its open collections on a heap stack (nesting of any depth), and stops as soon
 * as the count passes what the caller needs, so its work is bounded by that number and not by the
 * size of the printed tree. {@code ResponseLimitTest} checks that the count never passes either form
 * of random values.
 */
final class EncodedSize {
  private EncodedSize() {}

  /** The two forms of a legacy response body (bytes are sent as they are). */
  enum Form { JSON, TEXT }

  /**
   * A collection being counted: its elements still to visit, at {@code level}; {@code ownLines}
   * when each element that is not a number goes on its own indented line.
   */
  private record Open(Iterator<Dval> elements, int level, boolean ownLines) {}

  /** The lower bound, or some number over {@code enough} once it is clear the bound passes it. */
  static long atLeast(Dval value, Form form, long enough) {
    var open = new ArrayDeque<Open>();
    long total = 0;
    Dval next = value;
    int level = 0;
    boolean element = false; // next is an element of a collection, where the text form quotes strings too
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
        element = true;
        if (innermost.ownLines() && !mayPrintAsNumber(next)) total += indentedLine(level);
      }
      Dval v = next;
      next = null;
      switch (v) {
        case DStr s -> total += utf8Length(s.value(), enough) + quotes(form, element);
        case DChar c -> total += utf8Length(c.value(), enough) + quotes(form, element);
        case DInt i -> total += Long.toString(i.value()).length();
        case DUuid u -> total += 36;
        case DDate d -> total += 20; // 2024-01-02T03:04:05Z
        case DBool b -> total += 4;
        case DNull n -> total += 4;
        case DNothing n -> total += 4;
        case DBytes b -> total += b.bytes().length;
        case DList l -> total += collection(l.items(), level, form == Form.JSON, open);
        case DTuple t -> total += collection(t.elements(), level, form == Form.JSON, open);
        case DObj o -> {
          total += collection(o.fields().values(), level, false, open) + o.fields().size() * indentedLine(level + 1);
          for (var key = o.fields().keySet().iterator(); key.hasNext() && total <= enough; ) {
            total += utf8Length(key.next(), enough) + 2; // "k": or k:, and a space
          }
        }
        case DJust j -> { next = j.value(); level = form == Form.TEXT ? 0 : level; element = false; }
        case DOk ok -> { next = ok.value(); level = form == Form.TEXT ? 0 : level; element = false; }
        case DErr err -> { next = err.value(); level = form == Form.TEXT ? 0 : level; element = false; }
        case DErrorRail r -> { next = r.value(); level = form == Form.TEXT ? 0 : level; element = false; }
        case DResponse r -> { next = r.body(); level = form == Form.TEXT ? 0 : level; element = false; }
        default -> total += 1;
      }
    }
    return total;
  }

  /** Brackets, separators and the closing bracket's indentation; the elements are counted when visited. */
  private static long collection(Collection<Dval> elements, int level, boolean ownLines, ArrayDeque<Open> open) {
    if (elements.isEmpty()) return 2;
    open.push(new Open(elements.iterator(), level + 1, ownLines));
    return 2 + 2L * level + (elements.size() - 1);
  }

  private static int quotes(Form form, boolean element) { return form == Form.JSON || element ? 2 : 0; }

  /** A line break and the indentation of {@code level}. */
  private static long indentedLine(int level) { return 1 + 2L * level; }

  /** JSON writes numbers (and what unwraps to them) without a line of their own. */
  private static boolean mayPrintAsNumber(Dval v) {
    return v instanceof DInt || v instanceof DFloat || v instanceof DJust || v instanceof DOk
        || v instanceof DErrorRail || v instanceof DResponse;
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
