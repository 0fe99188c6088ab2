package umbra.domain.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits test-syntax text into tokens (language.md B.2). Every token remembers where it starts
 * and whether whitespace precedes it, because the parser needs both: the offside rule looks at
 * the column of the first token of a line, and F# reads {@code f -5} (space before the minus,
 * none after) as an application while {@code a - 5} is a subtraction.
 */
final class Lexer {

  enum Kind {
    INT, FLOAT, STRING, CHAR, IDENT,
    LPAREN, RPAREN, LBRACKET, RBRACKET, LBRACE, RBRACE,
    COMMA, SEMI, DOT, ARROW, BAR, OP,
    LET, IN, IF, THEN, ELSE, FUN, MATCH, WITH, TRUE, FALSE, NULL,
    /** A string literal that runs to the end of the input (tolerated at the very end, B.6). */
    UNTERMINATED_STRING,
    EOF
  }

  /**
   * One token. {@code text} is the source spelling (for error messages and numbers);
   * {@code value} is the decoded content of strings, chars and identifiers (backticks removed).
   */
  record Token(Kind kind, String text, String value, int line, int column,
               boolean spaceBefore, boolean firstOnLine) {

    String describe() {
      return kind == Kind.EOF ? "end of input" : "'" + text + "'";
    }
  }

  /** Thrown inside the lexer and parser only; the parser turns it into a {@link ParseError}. */
  static final class Failure extends RuntimeException {
    final int line;
    final int column;

    Failure(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  private static final Set<String> KEYWORDS =
      Set.of("let", "in", "if", "then", "else", "fun", "match", "with", "true", "false", "null");
  private static final String OPERATOR_CHARS = "!%&*+-/<=>@^|~?$:";

  private final String src;
  private int pos = 0;
  private int line = 1;
  private boolean sawSpace = true;
  private int lastTokenLine = 0;
  private final List<Token> tokens = new ArrayList<>();

  private Lexer(String src) {
    this.src = src;
  }

  static List<Token> tokenize(String src) {
    Lexer lexer = new Lexer(src);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (true) {
      skipSpaceAndComments();
      if (pos >= src.length()) {
        add(Kind.EOF, pos, "", "");
        return;
      }
      token();
    }
  }

  private void token() {
    int start = pos;
    char c = src.charAt(pos);
    if (Character.isDigit(c)) number(start);
    else if (startsWith("\"\"\"")) tripleQuoted(start);
    else if (startsWith("@\"")) verbatim(start);
    else if (c == '"') string(start);
    else if (c == '\'') character(start);
    else if (c == '`' && startsWith("``")) quotedIdent(start);
    else if (isIdentStart(c)) identifier(start);
    else if (OPERATOR_CHARS.indexOf(c) >= 0) operator(start);
    else punctuation(start, c);
  }

  private void punctuation(int start, char c) {
    Kind kind = switch (c) {
      case '(' -> Kind.LPAREN;
      case ')' -> Kind.RPAREN;
      case '[' -> Kind.LBRACKET;
      case ']' -> Kind.RBRACKET;
      case '{' -> Kind.LBRACE;
      case '}' -> Kind.RBRACE;
      case ',' -> Kind.COMMA;
      case ';' -> Kind.SEMI;
      case '.' -> Kind.DOT;
      default -> throw fail(start, "unexpected character '" + c + "'");
    };
    pos++;
    add(kind, start, String.valueOf(c), String.valueOf(c));
  }

  /** Maximal munch over F# operator characters, like F# itself ({@code |>}, {@code <>}, {@code ++}). */
  private void operator(int start) {
    while (pos < src.length() && OPERATOR_CHARS.indexOf(src.charAt(pos)) >= 0) {
      if (pos > start && startsWith("//")) break;
      pos++;
    }
    String op = src.substring(start, pos);
    Kind kind = switch (op) {
      case "->" -> Kind.ARROW;
      case "|" -> Kind.BAR;
      default -> Kind.OP;
    };
    add(kind, start, op, op);
  }

  private void identifier(int start) {
    while (pos < src.length() && isIdentPart(src.charAt(pos))) pos++;
    String word = src.substring(start, pos);
    Kind kind = KEYWORDS.contains(word) ? Kind.valueOf(word.toUpperCase()) : Kind.IDENT;
    add(kind, start, word, word);
  }

  /** {@code ``any text``}: an identifier that may contain spaces and punctuation (B.2). */
  private void quotedIdent(int start) {
    int end = src.indexOf("``", start + 2);
    int newline = src.indexOf('\n', start);
    if (end < 0 || (newline >= 0 && newline < end)) throw fail(start, "unterminated ``identifier``");
    if (end == start + 2) throw fail(start, "empty ``identifier``");
    pos = end + 2;
    add(Kind.IDENT, start, src.substring(start, pos), src.substring(start + 2, end));
  }

  /** Integers with optional L / I suffix, floats with optional fraction and exponent (B.2). */
  private void number(int start) {
    digits();
    boolean isFloat = false;
    if (peekChar(0) == '.' && peekChar(1) != '.' && !isIdentStart(peekChar(1))) {
      isFloat = true;
      pos++;
      digits();
    }
    if ((peekChar(0) == 'e' || peekChar(0) == 'E') && exponentFollows()) {
      isFloat = true;
      pos += (peekChar(1) == '+' || peekChar(1) == '-') ? 2 : 1;
      digits();
    }
    if (!isFloat && (peekChar(0) == 'L' || peekChar(0) == 'I')) pos++;
    if (isIdentPart(peekChar(0))) {
      throw fail(start, "unsupported number literal '" + src.substring(start, pos + 1) + "'");
    }
    String text = src.substring(start, pos);
    add(isFloat ? Kind.FLOAT : Kind.INT, start, text, text);
  }

  private boolean exponentFollows() {
    char next = peekChar(1);
    if (next == '+' || next == '-') return Character.isDigit(peekChar(2));
    return Character.isDigit(next);
  }

  private void digits() {
    while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
  }

  private void string(int start) {
    pos++;
    StringBuilder value = new StringBuilder();
    while (pos < src.length() && src.charAt(pos) != '"') {
      char c = src.charAt(pos);
      if (c == '\\') escape(value, true);
      else {
        if (c == '\n') line++;
        value.append(c);
        pos++;
      }
    }
    if (pos >= src.length()) {
      add(Kind.UNTERMINATED_STRING, start, src.substring(start), value.toString());
      return;
    }
    pos++;
    add(Kind.STRING, start, src.substring(start, pos), value.toString());
  }

  /** F# {@code """..."""}: no escapes, may span lines. */
  private void tripleQuoted(int start) {
    int end = src.indexOf("\"\"\"", start + 3);
    if (end < 0) throw fail(start, "unterminated triple-quoted string");
    String value = src.substring(start + 3, end);
    value.chars().filter(ch -> ch == '\n').forEach(ch -> line++);
    pos = end + 3;
    add(Kind.STRING, start, src.substring(start, pos), value);
  }

  /** F# {@code @"..."}: backslashes are plain, {@code ""} is one quote. */
  private void verbatim(int start) {
    pos += 2;
    StringBuilder value = new StringBuilder();
    while (pos < src.length() && !(src.charAt(pos) == '"' && peekChar(1) != '"')) {
      char c = src.charAt(pos);
      if (c == '"') pos++;
      else if (c == '\n') line++;
      value.append(c);
      pos++;
    }
    if (pos >= src.length()) throw fail(start, "unterminated verbatim string");
    pos++;
    add(Kind.STRING, start, src.substring(start, pos), value.toString());
  }

  /** F# char literal: one character (we accept one code point) or one escape. */
  private void character(int start) {
    pos++;
    StringBuilder value = new StringBuilder();
    if (peekChar(0) == '\\') escape(value, false);
    else if (pos < src.length() && src.charAt(pos) != '\n') {
      int cp = src.codePointAt(pos);
      value.appendCodePoint(cp);
      pos += Character.charCount(cp);
    }
    if (peekChar(0) != '\'' || value.isEmpty()) throw fail(start, "malformed character literal");
    pos++;
    add(Kind.CHAR, start, src.substring(start, pos), value.toString());
  }

  /**
   * F# escapes (B.2): simple ones, {@code \DDD} decimal trigraphs, {@code \xHH}, backslash-u with 4 hex digits,
   * backslash-U with 8. An unknown escape keeps its backslash, as in F# ({@code "\d"} is two chars).
   */
  private void escape(StringBuilder out, boolean inString) {
    char next = peekChar(1);
    int simple = simpleEscape(next);
    if (simple >= 0) {
      out.append((char) simple);
      pos += 2;
    } else if (isDigits(pos + 1, 3)) {
      out.append((char) Integer.parseInt(src.substring(pos + 1, pos + 4)));
      pos += 4;
    } else if (next == '0') {
      out.append('\0');
      pos += 2;
    } else if (next == 'x' && isHex(pos + 2, 2)) {
      hexEscape(out, 2, 2);
    } else if (next == 'u' && isHex(pos + 2, 4)) {
      hexEscape(out, 2, 4);
    } else if (next == 'U' && isHex(pos + 2, 8)) {
      hexEscape(out, 2, 8);
    } else if (inString && next == '\n') {
      continuation();
    } else {
      out.append('\\');
      pos++;
    }
  }

  private static int simpleEscape(char c) {
    return switch (c) {
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      case 'b' -> '\b';
      case 'a' -> 7;
      case 'f' -> '\f';
      case 'v' -> 11;
      case '\\' -> '\\';
      case '"' -> '"';
      case '\'' -> '\'';
      default -> -1;
    };
  }

  private void hexEscape(StringBuilder out, int prefix, int length) {
    int codePoint = Integer.parseUnsignedInt(src.substring(pos + prefix, pos + prefix + length), 16);
    if (!Character.isValidCodePoint(codePoint)) throw fail(pos, "invalid unicode escape");
    out.appendCodePoint(codePoint);
    pos += prefix + length;
  }

  /** Backslash-newline inside a string skips the newline and the next line's indentation. */
  private void continuation() {
    pos += 2;
    line++;
    while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) pos++;
  }

  private void skipSpaceAndComments() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        pos++;
        line++;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (startsWith("//")) {
        while (pos < src.length() && src.charAt(pos) != '\n') pos++;
      } else if (startsWith("(*") && peekChar(2) != ')') {
        blockComment();
      } else {
        return;
      }
      sawSpace = true;
    }
  }

  /** {@code (* ... *)}, nested like F#'s. */
  private void blockComment() {
    int start = pos;
    int depth = 0;
    do {
      if (pos >= src.length()) throw fail(start, "unterminated comment");
      if (startsWith("(*")) {
        depth++;
        pos += 2;
      } else if (startsWith("*)")) {
        depth--;
        pos += 2;
      } else {
        if (src.charAt(pos) == '\n') line++;
        pos++;
      }
    } while (depth > 0);
  }

  private void add(Kind kind, int start, String text, String value) {
    int startLine = lineOf(start);
    boolean first = startLine != lastTokenLine;
    tokens.add(new Token(kind, text, value, startLine, columnOf(start), sawSpace, first));
    lastTokenLine = line;
    sawSpace = false;
  }

  /** Tokens never start before the current line except multi-line strings, which start earlier. */
  private int lineOf(int offset) {
    int l = line;
    for (int i = pos - 1; i >= offset; i--) if (src.charAt(i) == '\n') l--;
    return l;
  }

  private int columnOf(int offset) {
    int lineBegin = src.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineBegin + 1;
  }

  private Failure fail(int offset, String message) {
    return new Failure(lineOf(offset), columnOf(offset), message);
  }

  private boolean startsWith(String s) {
    return src.startsWith(s, pos);
  }

  private char peekChar(int ahead) {
    int i = pos + ahead;
    return i < src.length() ? src.charAt(i) : '\0';
  }

  private boolean isDigits(int from, int count) {
    if (from + count > src.length()) return false;
    for (int i = from; i < from + count; i++) if (!Character.isDigit(src.charAt(i))) return false;
    return true;
  }

  private boolean isHex(int from, int count) {
    if (from + count > src.length()) return false;
    for (int i = from; i < from + count; i++) if (Character.digit(src.charAt(i), 16) < 0) return false;
    return true;
  }

  static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '\'';
  }
}
