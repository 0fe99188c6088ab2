package umbra.domain.canvas.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.ParseError;

/**
 * Reads the words of one section header (the text between {@code [} and the final {@code ]}).
 * A word is bare (up to the next space) or a JSON string; errors carry the header's line and the
 * column in that line.
 */
final class HeaderReader {
  /** A header that cannot be read; caught by {@link CanvasTextReader}, never escapes it. */
  static final class Failure extends RuntimeException {
    final ParseError error;

    Failure(ParseError error) {
      super(error.toString(), null, false, false);
      this.error = error;
    }
  }

  /** {@code name:Type} or a bare {@code name} (its type blank). */
  record Named(String name, Optional<DType> type) {}

  /** A DB column as written: its name and its type name, each possibly empty (a blank). */
  record Column(String name, String type) {}

  private final String s;
  private final int line;
  private int pos;

  HeaderReader(String inner, int line) {
    this.s = inner;
    this.line = line;
  }

  Failure fail(String message) {
    // +2: the header's '[' and 1-based columns
    return new Failure(new ParseError(line, pos + 2, message));
  }

  private void spaces() {
    while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) pos++;
  }

  boolean atEnd() {
    spaces();
    return pos >= s.length();
  }

  void end() {
    if (!atEnd()) throw fail("unexpected '" + s.substring(pos) + "' at the end of the header");
  }

  /** A bare or quoted word; {@code what} names it in the error when it is missing. */
  String word(String what) {
    if (atEnd()) throw fail("expected " + what);
    if (s.charAt(pos) == '"') return quoted();
    int start = pos;
    while (pos < s.length() && !Character.isWhitespace(s.charAt(pos))) pos++;
    return s.substring(start, pos);
  }

  /** Everything left, trimmed (a cron interval such as {@code Every 1hr}). */
  String rest() {
    spaces();
    String r = s.substring(pos).strip();
    pos = s.length();
    return r;
  }

  boolean eat(String literal) {
    spaces();
    if (!s.startsWith(literal, pos)) return false;
    pos += literal.length();
    return true;
  }

  /** A parameter or field: bare names stop at {@code :}, which introduces the type. */
  Named named(String what) {
    if (atEnd()) throw fail("expected " + what);
    String name;
    if (s.charAt(pos) == '"') {
      name = quoted();
    } else {
      int start = pos;
      while (pos < s.length() && !Character.isWhitespace(s.charAt(pos)) && s.charAt(pos) != ':') pos++;
      name = s.substring(start, pos);
    }
    if (pos >= s.length() || s.charAt(pos) != ':') return new Named(name, Optional.empty());
    pos++;
    return new Named(name, Optional.of(type()));
  }

  DType type() {
    spaces();
    try {
      TypeText.Read read = TypeText.read(s, pos);
      pos = read.end();
      return read.type();
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage());
    }
  }

  /** {@code {"name": "Type", ...}} as (name, type) pairs in order; empty when the header ends here. */
  List<Column> columns() {
    var cols = new ArrayList<Column>();
    if (atEnd()) return cols;
    expectChar('{');
    spaces();
    if (peek('}')) {
      pos++;
      return cols;
    }
    do {
      spaces();
      String name = quoted();
      spaces();
      expectChar(':');
      spaces();
      cols.add(new Column(name, quoted()));
      spaces();
    } while (eatChar(','));
    expectChar('}');
    return cols;
  }

  private boolean peek(char c) { return pos < s.length() && s.charAt(pos) == c; }

  private boolean eatChar(char c) {
    if (!peek(c)) return false;
    pos++;
    return true;
  }

  private void expectChar(char c) {
    if (!eatChar(c)) throw fail("expected '" + c + "'");
  }

  private String quoted() {
    try {
      Quoting.Unquoted u = Quoting.unquote(s, pos);
      pos = u.end();
      return u.text();
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage());
    }
  }
}
