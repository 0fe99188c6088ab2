package umbra.domain.stdlib.json;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * A port of .NET's {@code Utf8JsonReader} over one final UTF-8 block, with the options Dark's
 * {@code JsonDocument.Parse} used (comments skipped, no trailing commas, unlimited depth). Dark
 * programs see its error messages and its line / byte positions verbatim, so the order of checks
 * and the moments positions advance follow the original method by method; the names match it.
 */
final class Utf8JsonTokenizer {

  enum Token { NONE, START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, PROPERTY_NAME, STRING, NUMBER, TRUE, FALSE, NULL }

  /** A syntax error: the reader's message and where it stopped (0-based line, byte in line). */
  static final class Failure extends RuntimeException {
    final ReaderError error;
    final long line;
    final long bytePositionInLine;

    Failure(ReaderError error, String detail, long line, long bytePositionInLine) {
      super(error.format(detail) + " LineNumber: " + line + " | BytePositionInLine: " + bytePositionInLine + ".",
          null, false, false);
      this.error = error;
      this.line = line;
      this.bytePositionInLine = bytePositionInLine;
    }
  }

  private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

  private final byte[] buf;
  private int consumed;
  private long line;
  private long pos;
  private Token token = Token.NONE;
  private boolean inObject;
  private boolean isNotPrimitive;
  /** Bit i: the container at depth i is an object (.NET's {@code BitStack}). */
  private final BitSet containers = new BitSet();
  private int depth;
  private int valueStart;
  private int valueEnd;
  private boolean valueEscaped;

  Utf8JsonTokenizer(byte[] utf8) { this.buf = utf8; }

  Token token() { return token; }

  /** The bytes of the current string or property name (between the quotes), or of a number. */
  int valueStart() { return valueStart; }

  int valueEnd() { return valueEnd; }

  boolean valueEscaped() { return valueEscaped; }

  /** Advances to the next token; false at the end of a complete document. Throws {@link Failure}. */
  boolean read() {
    boolean more = readSingleSegment();
    if (!more && token == Token.NONE) throw fail(ReaderError.EXPECTED_JSON_TOKENS);
    return more;
  }

  private boolean readSingleSegment() {
    valueEscaped = false;
    if (!hasMoreData()) return false;
    int first = at(consumed);
    if (first <= ' ') {
      skipWhiteSpace();
      if (!hasMoreData()) return false;
      first = at(consumed);
    }
    if (token == Token.NONE) return readFirstToken(first);
    if (first == '/') return consumeNextTokenUntilAfterAllCommentsAreSkipped(first);
    switch (token) {
      case START_OBJECT -> {
        if (first == '}') {
          endObject();
          return true;
        }
        if (first != '"') throw fail(ReaderError.EXPECTED_START_OF_PROPERTY_NOT_FOUND, first);
        return consumePropertyName();
      }
      case START_ARRAY -> {
        if (first == ']') {
          endArray();
          return true;
        }
        return consumeValue(first);
      }
      case PROPERTY_NAME -> { return consumeValue(first); }
      default -> { return consumeNextTokenUntilAfterAllCommentsAreSkipped(first); }
    }
  }

  private boolean readFirstToken(int first) {
    if (first == '{') {
      push(true);
      token = Token.START_OBJECT;
      advance(1);
      inObject = true;
      isNotPrimitive = true;
    } else if (first == '[') {
      push(false);
      token = Token.START_ARRAY;
      advance(1);
      isNotPrimitive = true;
    } else if (isDigit(first) || first == '-') {
      int length = tryGetNumber(consumed);
      token = Token.NUMBER;
      setValue(consumed, consumed + length);
      advance(length);
    } else {
      if (!consumeValue(first)) return false;
      isNotPrimitive = token == Token.START_OBJECT || token == Token.START_ARRAY;
    }
    return true;
  }

  private boolean hasMoreData() {
    if (consumed < buf.length) return true;
    if (isNotPrimitive) {
      if (depth != 0) throw fail(ReaderError.ZERO_DEPTH_AT_END);
      if (token != Token.END_ARRAY && token != Token.END_OBJECT) {
        throw fail(ReaderError.INVALID_END_OF_JSON_NON_PRIMITIVE, tokenName());
      }
    }
    return false;
  }

  /** The variant that must find more input: at the end it fails with {@code error}. */
  private void requireMoreData(ReaderError error) {
    if (consumed >= buf.length) throw fail(error);
  }

  private void skipWhiteSpace() {
    for (; consumed < buf.length; consumed++) {
      int b = at(consumed);
      if (b != ' ' && b != '\r' && b != '\n' && b != '\t') break;
      if (b == '\n') {
        line++;
        pos = 0;
      } else {
        pos++;
      }
    }
  }

  private boolean consumeValue(int marker) {
    while (true) {
      switch (marker) {
        case '"' -> { return consumeString(); }
        case '{' -> {
          startContainer(true);
          return true;
        }
        case '[' -> {
          startContainer(false);
          return true;
        }
        case 't' -> { return consumeLiteral(TRUE, Token.TRUE); }
        case 'f' -> { return consumeLiteral(FALSE, Token.FALSE); }
        case 'n' -> { return consumeLiteral(NULL, Token.NULL); }
        default -> {
          if (isDigit(marker) || marker == '-') return consumeNumber();
          if (marker != '/') throw fail(ReaderError.EXPECTED_START_OF_VALUE_NOT_FOUND, marker);
          // JsonCommentHandling.Skip: step over the comment and read the value after it.
          skipComment();
          if (consumed >= buf.length) {
            if (isNotPrimitive && token != Token.END_ARRAY && token != Token.END_OBJECT) {
              throw fail(ReaderError.INVALID_END_OF_JSON_NON_PRIMITIVE, tokenName());
            }
            return false;
          }
          marker = at(consumed);
          if (marker <= ' ') {
            skipWhiteSpace();
            if (!hasMoreData()) return false;
            marker = at(consumed);
          }
        }
      }
    }
  }

  private void startContainer(boolean isObject) {
    push(isObject);
    advance(1);
    token = isObject ? Token.START_OBJECT : Token.START_ARRAY;
    inObject = isObject;
  }

  private void endObject() {
    if (!inObject || depth <= 0) throw fail(ReaderError.MISMATCHED_OBJECT_ARRAY, '}');
    token = Token.END_OBJECT;
    pop();
  }

  private void endArray() {
    if (inObject || depth <= 0) throw fail(ReaderError.MISMATCHED_OBJECT_ARRAY, ']');
    token = Token.END_ARRAY;
    pop();
  }

  private boolean consumeNumber() {
    int length = tryGetNumber(consumed);
    token = Token.NUMBER;
    setValue(consumed, consumed + length);
    advance(length);
    if (consumed >= buf.length && isNotPrimitive) {
      throw fail(ReaderError.EXPECTED_END_OF_DIGIT_NOT_FOUND, at(consumed - 1));
    }
    return true;
  }

  private boolean consumeLiteral(byte[] literal, Token type) {
    int available = buf.length - consumed;
    for (int i = 1; i < literal.length; i++) {
      if (available <= i || at(consumed + i) != literal[i]) {
        // .NET's CheckLiteral: the position moves to the first byte that differs (or the end),
        // and the message quotes everything from the literal's start to the end of the input.
        pos += i;
        String rest = new String(buf, consumed, available, StandardCharsets.UTF_8);
        ReaderError error = switch (literal[0]) {
          case 't' -> ReaderError.EXPECTED_TRUE;
          case 'f' -> ReaderError.EXPECTED_FALSE;
          default -> ReaderError.EXPECTED_NULL;
        };
        throw new Failure(error, rest, line, pos);
      }
    }
    setValue(consumed, consumed + literal.length);
    token = type;
    advance(literal.length);
    return true;
  }

  private boolean consumePropertyName() {
    consumeString();
    requireMoreData(ReaderError.EXPECTED_VALUE_AFTER_PROPERTY_NAME_NOT_FOUND);
    int first = at(consumed);
    if (first <= ' ') {
      skipWhiteSpace();
      requireMoreData(ReaderError.EXPECTED_VALUE_AFTER_PROPERTY_NAME_NOT_FOUND);
      first = at(consumed);
    }
    if (first != ':') throw fail(ReaderError.EXPECTED_SEPARATOR_AFTER_PROPERTY_NAME_NOT_FOUND, first);
    advance(1);
    token = Token.PROPERTY_NAME;
    return true;
  }

  private boolean consumeString() {
    int start = consumed + 1;
    int idx = start;
    while (idx < buf.length) {
      int b = at(idx);
      if (b == '"' || b == '\\' || b < ' ') break;
      idx++;
    }
    if (idx >= buf.length) {
      pos += buf.length - start + 1;
      throw fail(ReaderError.END_OF_STRING_NOT_FOUND);
    }
    if (at(idx) != '"') return consumeStringAndValidate(start, idx);
    pos += idx - start + 2;
    setValue(start, idx);
    token = Token.STRING;
    consumed = idx + 1;
    return true;
  }

  /** Met a backslash or a control byte: validate the rest of the string one byte at a time. */
  private boolean consumeStringAndValidate(int start, int idx) {
    pos += idx - start + 1;
    boolean escaped = false;
    for (; idx < buf.length; idx++) {
      int b = at(idx);
      if (b == '"') {
        if (!escaped) break;
        escaped = false;
      } else if (b == '\\') {
        escaped = !escaped;
      } else if (escaped) {
        if ("\"nrt/ubf\\".indexOf(b) < 0) throw fail(ReaderError.INVALID_CHARACTER_AFTER_ESCAPE_WITHIN_STRING, b);
        if (b == 'u') {
          pos++;
          validateHexDigits(idx + 1);
          idx += 4;
        }
        escaped = false;
      } else if (b < ' ') {
        throw fail(ReaderError.INVALID_CHARACTER_WITHIN_STRING, b);
      }
      pos++;
    }
    if (idx >= buf.length) throw fail(ReaderError.END_OF_STRING_NOT_FOUND);
    pos++;
    setValue(start, idx);
    valueEscaped = true;
    token = Token.STRING;
    consumed = idx + 1;
    return true;
  }

  /** Four hex digits after {@code \\u}; running out of input is the end-of-string error. */
  private void validateHexDigits(int from) {
    for (int j = from; j < buf.length; j++) {
      int b = at(j);
      if (!isHex(b)) throw fail(ReaderError.INVALID_HEX_CHARACTER_WITHIN_STRING, b);
      if (j - from >= 3) return;
      pos++;
    }
    throw fail(ReaderError.END_OF_STRING_NOT_FOUND);
  }

  /** .NET's ConsumeNextTokenUntilAfterAllCommentsAreSkipped: what may follow a complete value. */
  private boolean consumeNextTokenUntilAfterAllCommentsAreSkipped(int marker) {
    marker = skipAllComments(marker, null);
    if (marker < 0) return false;
    switch (token) {
      case START_OBJECT -> {
        if (marker == '}') {
          endObject();
          return true;
        }
        if (marker != '"') throw fail(ReaderError.EXPECTED_START_OF_PROPERTY_NOT_FOUND, marker);
        return consumePropertyName();
      }
      case START_ARRAY -> {
        if (marker == ']') {
          endArray();
          return true;
        }
        return consumeValue(marker);
      }
      case PROPERTY_NAME -> { return consumeValue(marker); }
      default -> { return afterValue(marker); }
    }
  }

  private boolean afterValue(int marker) {
    if (depth == 0) throw fail(ReaderError.EXPECTED_END_AFTER_SINGLE_JSON, marker);
    if (marker == '}') {
      endObject();
      return true;
    }
    if (marker == ']') {
      endArray();
      return true;
    }
    if (marker != ',') throw fail(ReaderError.FOUND_INVALID_CHARACTER, marker);
    advance(1);
    if (consumed >= buf.length) {
      consumed--;
      pos--;
      throw fail(ReaderError.EXPECTED_START_OF_PROPERTY_OR_VALUE_NOT_FOUND);
    }
    int next = at(consumed);
    if (next <= ' ') {
      skipWhiteSpace();
      requireMoreData(ReaderError.EXPECTED_START_OF_PROPERTY_OR_VALUE_NOT_FOUND);
      next = at(consumed);
    }
    next = skipAllComments(next, ReaderError.EXPECTED_START_OF_PROPERTY_OR_VALUE_NOT_FOUND);
    if (inObject) {
      if (next == '}') throw fail(ReaderError.TRAILING_COMMA_NOT_ALLOWED_BEFORE_OBJECT_END);
      if (next != '"') throw fail(ReaderError.EXPECTED_START_OF_PROPERTY_NOT_FOUND, next);
      return consumePropertyName();
    }
    if (next == ']') throw fail(ReaderError.TRAILING_COMMA_NOT_ALLOWED_BEFORE_ARRAY_END);
    return consumeValue(next);
  }

  /**
   * Skips comments (and the white space after them) while the marker is a slash. Returns the
   * next marker, or -1 when the input ended where that is allowed. With {@code mustContinue}
   * set, ending is that error instead.
   */
  private int skipAllComments(int marker, ReaderError mustContinue) {
    while (marker == '/') {
      skipComment();
      if (mustContinue != null) requireMoreData(mustContinue);
      else if (!hasMoreData()) return -1;
      marker = at(consumed);
      if (marker <= ' ') {
        skipWhiteSpace();
        if (mustContinue != null) requireMoreData(mustContinue);
        else if (!hasMoreData()) return -1;
        marker = at(consumed);
      }
    }
    return marker;
  }

  /** In Skip mode a slash that does not start a comment is "an invalid start of a value". */
  private void skipComment() {
    int after = consumed + 1;
    int kind = after < buf.length ? at(after) : -1;
    if (kind == '/') skipSingleLineComment(after + 1);
    else if (kind == '*') skipMultiLineComment(after + 1);
    else throw fail(ReaderError.EXPECTED_START_OF_VALUE_NOT_FOUND, '/');
  }

  private void skipSingleLineComment(int start) {
    int idx = findLineSeparator(start);
    if (idx < 0) {
      int length = buf.length - start;
      pos += 2 + length;
      consumed += 2 + length;
      return;
    }
    int toConsume = idx - start;
    if (at(idx) == '\r' && idx + 1 < buf.length && at(idx + 1) == '\n') toConsume++;
    toConsume++;
    pos = 0;
    line++;
    consumed += 2 + toConsume;
  }

  /** The next LF or CR; U+2028 / U+2029 inside a comment are an error, as in .NET. */
  private int findLineSeparator(int from) {
    for (int i = from; i < buf.length; i++) {
      int b = at(i);
      if (b == '\n' || b == '\r') return i;
      if (b == 0xE2 && i + 2 < buf.length && at(i + 1) == 0x80 && (at(i + 2) == 0xA8 || at(i + 2) == 0xA9)) {
        throw fail(ReaderError.UNEXPECTED_END_OF_LINE_SEPARATOR);
      }
    }
    return -1;
  }

  private void skipMultiLineComment(int start) {
    int idx = 0;
    while (true) {
      int found = indexOf('/', start + idx);
      if (found < 0) throw fail(ReaderError.END_OF_COMMENT_NOT_FOUND);
      int foundIdx = found - start - idx;
      if (foundIdx != 0 && at(found - 1) == '*') {
        idx += foundIdx - 1;
        break;
      }
      idx += foundIdx + 1;
    }
    consumed += 4 + idx;
    int newLines = 0;
    int lastNewLine = -1;
    for (int i = 0; i < idx; i++) {
      if (at(start + i) == '\n') {
        newLines++;
        lastNewLine = i;
      }
    }
    line += newLines;
    pos = lastNewLine >= 0 ? idx - lastNewLine + 1 : pos + 4 + idx;
  }

  /** .NET's TryGetNumber: the length of the number starting at {@code start}, or a Failure. */
  private int tryGetNumber(int start) {
    int n = buf.length - start;
    int i = 0;
    if (at(start) == '-') {
      i++;
      if (i >= n) {
        pos += i;
        throw fail(ReaderError.REQUIRED_DIGIT_NOT_FOUND_END_OF_DATA);
      }
      if (!isDigit(at(start + i))) {
        pos += i;
        throw fail(ReaderError.REQUIRED_DIGIT_NOT_FOUND_AFTER_SIGN, at(start + i));
      }
    }
    int next;
    if (at(start + i) == '0') {
      i++;
      if (i >= n || isDelimiter(at(start + i))) return i;
      next = at(start + i);
      if (next != '.' && next != 'E' && next != 'e') {
        pos += i;
        throw fail(isDigit(next) ? ReaderError.INVALID_LEADING_ZERO_IN_NUMBER
            : ReaderError.EXPECTED_END_OF_DIGIT_NOT_FOUND, next);
      }
    } else {
      i = integerDigits(start, i + 1);
      if (i >= n || isDelimiter(at(start + i))) return i;
      next = at(start + i);
      if (next != '.' && next != 'E' && next != 'e') {
        pos += i;
        throw fail(ReaderError.EXPECTED_END_OF_DIGIT_NOT_FOUND, next);
      }
    }
    if (next == '.') {
      i++;
      if (i >= n) {
        pos += i;
        throw fail(ReaderError.REQUIRED_DIGIT_NOT_FOUND_END_OF_DATA);
      }
      if (!isDigit(at(start + i))) {
        pos += i;
        throw fail(ReaderError.REQUIRED_DIGIT_NOT_FOUND_AFTER_DECIMAL, at(start + i));
      }
      i = integerDigits(start, i + 1);
      if (i >= n || isDelimiter(at(start + i))) return i;
      next = at(start + i);
      if (next != 'E' && next != 'e') {
        pos += i;
        throw fail(ReaderError.EXPECTED_NEXT_DIGIT_E_VALUE_NOT_FOUND, next);
      }
    }
    i++;
    if (i >= n) {
      pos += i;
      throw fail(ReaderError.REQUIRED_DIGIT_NOT_FOUND_END_OF_DATA);
    }
    next = at(start + i);
    if (next == '+' || next == '-') {
      i++;
      if (i >= n) {
        pos += i;
        throw fail(ReaderError.REQUIRED_DIGIT_NOT_FOUND_END_OF_DATA);
      }
      next = at(start + i);
    }
    if (!isDigit(next)) {
      pos += i;
      throw fail(ReaderError.REQUIRED_DIGIT_NOT_FOUND_AFTER_SIGN, next);
    }
    i = integerDigits(start, i + 1);
    if (i >= n || isDelimiter(at(start + i))) return i;
    pos += i;
    throw fail(ReaderError.EXPECTED_END_OF_DIGIT_NOT_FOUND, at(start + i));
  }

  private int integerDigits(int start, int i) {
    while (start + i < buf.length && isDigit(at(start + i))) i++;
    return i;
  }

  private static boolean isDelimiter(int b) {
    return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '/';
  }

  private static boolean isDigit(int b) { return b >= '0' && b <= '9'; }

  private static boolean isHex(int b) { return isDigit(b) || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F'; }

  private int at(int i) { return buf[i] & 0xFF; }

  private int indexOf(int b, int from) {
    for (int i = from; i < buf.length; i++) {
      if (at(i) == b) return i;
    }
    return -1;
  }

  private void advance(int n) {
    consumed += n;
    pos += n;
  }

  private void setValue(int start, int end) {
    valueStart = start;
    valueEnd = end;
  }

  private void push(boolean isObject) {
    containers.set(depth, isObject);
    depth++;
  }

  private void pop() {
    advance(1);
    depth--;
    inObject = depth > 0 && containers.get(depth - 1);
  }

  /** .NET prints the token type's enum name, e.g. {@code Number}. */
  private String tokenName() {
    return switch (token) {
      case NONE -> "None";
      case START_OBJECT -> "StartObject";
      case END_OBJECT -> "EndObject";
      case START_ARRAY -> "StartArray";
      case END_ARRAY -> "EndArray";
      case PROPERTY_NAME -> "PropertyName";
      case STRING -> "String";
      case NUMBER -> "Number";
      case TRUE -> "True";
      case FALSE -> "False";
      case NULL -> "Null";
    };
  }

  private Failure fail(ReaderError error) { return new Failure(error, "", line, pos); }

  private Failure fail(ReaderError error, int offendingByte) {
    return new Failure(error, ReaderError.printable(offendingByte), line, pos);
  }

  private Failure fail(ReaderError error, String detail) { return new Failure(error, detail, line, pos); }
}
