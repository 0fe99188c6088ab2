package umbra.domain.stdlib.crypto;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.TreeMap;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * Reads a JWT's header and payload the way Dark did (LibJwt.ofJson): Json.NET's lenient
 * {@code JToken.ReadFrom}, which also accepts single-quoted strings, unquoted property names,
 * comments, trailing commas, {@code NaN}/{@code Infinity}, octal and hex integers, and ignores
 * whatever follows the first value. Reader errors carry Json.NET's message and its
 * "Path '…', line L, position P." suffix (positions approximated). Values Dark could not convert
 * ({@code undefined}, constructors, integers beyond Int64) throw {@link IllegalStateException}.
 */
public final class NewtonsoftJson {
  private static final int MAX_DEPTH = 64;
  private static final int MAX_INTEGER_CHARS = 380;

  /** A Json.NET {@code JsonReaderException}: its message is what Dark reported. */
  public static final class ReaderError extends RuntimeException {
    public ReaderError(String message) { super(message, null, false, false); }
  }

  private final String s;
  private int pos;
  private int line = 1;
  private int lineStart;
  /** Path parts: a property name, or an array's last finished index (-1 before the first). */
  private final Deque<Object> path = new ArrayDeque<>();

  private NewtonsoftJson(String s) { this.s = s; }

  public static Dval parse(String text) {
    var r = new NewtonsoftJson(text);
    r.skipBlanks();
    if (r.atEnd()) throw r.error("Error reading JToken from JsonReader.");
    return r.value();
  }

  private Dval value() {
    char c = s.charAt(pos);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"', '\'' -> new DStr(string(c));
      case 't' -> word("true", "Error parsing boolean value.", Dval.TRUE);
      case 'f' -> word("false", "Error parsing boolean value.", Dval.FALSE);
      case 'n' -> startsWith("new") ? unsupported("constructor") : word("null", "Error parsing null value.", Dval.NULL);
      case 'u' -> {
        word("undefined", "Error parsing undefined value.", Dval.NULL);
        yield unsupported("undefined");
      }
      case 'N' -> word("NaN", "Cannot read NaN value.", new DFloat(Double.NaN));
      case 'I' -> word("Infinity", "Cannot read Infinity value.", new DFloat(Double.POSITIVE_INFINITY));
      case '-' -> startsWith("-I")
          ? word("-Infinity", "Cannot read -Infinity value.", new DFloat(Double.NEGATIVE_INFINITY))
          : number();
      default -> {
        if (Character.isDigit(c) || c == '.') yield number();
        throw error("Unexpected character encountered while parsing value: " + c + ".");
      }
    };
  }

  private Dval object() {
    enter("");
    var fields = new TreeMap<String, Dval>();
    while (true) {
      skipBlanks();
      if (atEnd()) throw error("Unexpected end of content while loading JObject.");
      if (s.charAt(pos) == '}') break;
      String name = propertyName();
      path.pop();
      path.push(name);
      skipBlanks();
      if (atEnd() || s.charAt(pos) != ':') {
        throw error("Invalid character after parsing property name. Expected ':' but got: " + (atEnd() ? "" : s.charAt(pos)) + ".");
      }
      pos++;
      skipBlanks();
      if (atEnd()) throw error("Unexpected end of content while loading JObject.");
      fields.put(name, value());
      if (!afterValue('}', "JObject")) break;
    }
    pos++;
    path.pop();
    return new DObj(fields);
  }

  private Dval array() {
    enter(-1);
    var items = new ArrayList<Dval>();
    while (true) {
      skipBlanks();
      if (atEnd()) throw error("Unexpected end of content while loading JArray.");
      if (s.charAt(pos) == ']') break;
      items.add(value());
      path.pop();
      path.push(items.size() - 1);
      if (!afterValue(']', "JArray")) break;
    }
    pos++;
    path.pop();
    return Dval.list(items);
  }

  private void enter(Object part) {
    if (path.size() >= MAX_DEPTH) throw error("The reader's MaxDepth of " + MAX_DEPTH + " has been exceeded.");
    pos++;
    path.push(part);
  }

  /** After a member: true when a comma says more may follow, false at the closing bracket. */
  private boolean afterValue(char close, String container) {
    skipBlanks();
    if (atEnd()) throw error("Unexpected end of content while loading " + container + ".");
    char c = s.charAt(pos);
    if (c == ',') {
      pos++;
      return true;
    }
    if (c == close) return false;
    if (c == '}' || c == ']') {
      String token = c == '}' ? "EndObject" : "EndArray";
      throw error("JsonToken " + token + " is not valid for closing JsonType " + (close == '}' ? "Object" : "Array") + ".");
    }
    throw error("After parsing a value an unexpected character was encountered: " + c + ".");
  }

  private String propertyName() {
    char c = s.charAt(pos);
    if (c == '"' || c == '\'') return string(c);
    if (!isIdentifierChar(c)) throw error("Invalid property identifier character: " + c + ".");
    int start = pos;
    while (!atEnd() && isIdentifierChar(s.charAt(pos))) pos++;
    if (atEnd()) throw error("Unexpected end while parsing unquoted property name.");
    char next = s.charAt(pos);
    if (!isWhiteSpace(next) && next != ':') throw error("Invalid JavaScript property identifier character: " + next + ".");
    return s.substring(start, pos);
  }

  private static boolean isIdentifierChar(char c) { return Character.isLetterOrDigit(c) || c == '_' || c == '$'; }

  private String string(char quote) {
    pos++;
    var sb = new StringBuilder();
    while (true) {
      if (atEnd()) throw error("Unterminated string. Expected delimiter: " + quote + ".");
      char c = s.charAt(pos++);
      if (c == quote) return sb.toString();
      if (c == '\n') newLine();
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (atEnd()) throw error("Unterminated string. Expected delimiter: " + quote + ".");
      char e = s.charAt(pos++);
      switch (e) {
        case 'b' -> sb.append('\b');
        case 't' -> sb.append('\t');
        case 'n' -> sb.append('\n');
        case 'f' -> sb.append('\f');
        case 'r' -> sb.append('\r');
        case '\\', '"', '\'', '/' -> sb.append(e);
        case 'u' -> unicodeEscape(sb);
        default -> throw error("Bad JSON escape sequence: \\" + e + ".");
      }
    }
  }

  /** A \\uXXXX escape; unpaired surrogates become U+FFFD as in Json.NET. */
  private void unicodeEscape(StringBuilder sb) {
    char c = hex4();
    if (Character.isLowSurrogate(c)) {
      sb.append('\uFFFD');
      return;
    }
    while (Character.isHighSurrogate(c)) {
      if (pos + 1 < s.length() && s.charAt(pos) == '\\' && s.charAt(pos + 1) == 'u') {
        pos += 2;
        char next = hex4();
        if (Character.isLowSurrogate(next)) {
          sb.append(c).append(next);
          return;
        }
        sb.append('\uFFFD');
        c = next;
      } else {
        c = '\uFFFD';
      }
    }
    sb.append(c);
  }

  private char hex4() {
    if (pos + 4 > s.length()) throw error("Unexpected end while parsing unicode character.");
    String hex = s.substring(pos, pos + 4);
    if (!hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 && ch < 128)) {
      throw error("Invalid Unicode escape sequence: \\u" + hex + ".");
    }
    pos += 4;
    return (char) Integer.parseInt(hex, 16);
  }

  private Dval word(String word, String failure, Dval result) {
    if (!startsWith(word)) throw error(failure);
    int end = pos + word.length();
    if (end < s.length() && !isSeparator(s.charAt(end))) throw error(failure);
    pos = end;
    return result;
  }

  private static boolean isSeparator(char c) {
    return c == '}' || c == ']' || c == ',' || c == ')' || c == '/' || isWhiteSpace(c);
  }

  private Dval unsupported(String what) {
    throw new IllegalStateException("Invalid type in json: " + what);
  }

  private Dval number() {
    int start = pos;
    while (!atEnd() && "-+aAbBcCdDeEfFxX.0123456789".indexOf(s.charAt(pos)) >= 0) pos++;
    if (!atEnd()) {
      char c = s.charAt(pos);
      if (!isWhiteSpace(c) && c != ',' && c != '}' && c != ']' && c != ')' && c != '/') {
        throw error("Unexpected character encountered while parsing number: " + c + ".");
      }
    }
    String text = s.substring(start, pos);
    if (text.length() > 1 && text.charAt(0) == '0' && "eE.".indexOf(text.charAt(1)) < 0) return nonDecimal(text);
    if (text.matches("-?[0-9]+")) {
      if (text.length() > MAX_INTEGER_CHARS) throw error("JSON integer " + text + " is too large to parse.");
      try {
        return new DInt(Long.parseLong(text));
      } catch (NumberFormatException e) {
        throw new IllegalStateException("integer beyond Int64: " + text);
      }
    }
    if (text.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) return new DFloat(Double.parseDouble(text));
    throw error("Input string '" + text + "' is not a valid number.");
  }

  /** Json.NET reads 0x… as hex and other leading zeros as octal, wrapping into Int64 like Convert.ToInt64. */
  private Dval nonDecimal(String text) {
    boolean hex = text.regionMatches(true, 0, "0x", 0, 2);
    String digits = hex ? text.substring(2) : text;
    if (digits.isEmpty() || !digits.matches(hex ? "[0-9a-fA-F]+" : "[0-7]+")) {
      throw error("Input string '" + text + "' is not a valid number.");
    }
    BigInteger value = new BigInteger(digits, hex ? 16 : 8);
    if (value.bitLength() > 64) throw error("Input string '" + text + "' is not a valid number.");
    return new DInt(value.longValue());
  }

  private void skipBlanks() {
    while (!atEnd()) {
      char c = s.charAt(pos);
      if (c == '\n') {
        pos++;
        newLine();
      } else if (isWhiteSpace(c)) {
        pos++;
      } else if (c == '/') {
        comment();
      } else {
        return;
      }
    }
  }

  private void comment() {
    if (pos + 1 >= s.length()) throw error("Unexpected end while parsing comment.");
    char kind = s.charAt(pos + 1);
    if (kind == '*') {
      int end = s.indexOf("*/", pos + 2);
      if (end < 0) throw error("Unexpected end while parsing comment.");
      for (int i = pos; i < end; i++) if (s.charAt(i) == '\n') { pos = i + 1; newLine(); }
      pos = end + 2;
    } else if (kind == '/') {
      while (!atEnd() && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') pos++;
    } else {
      throw error("Error parsing comment. Expected: *, got " + kind + ".");
    }
  }

  private void newLine() {
    line++;
    lineStart = pos;
  }

  private static boolean isWhiteSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  private boolean startsWith(String word) { return s.startsWith(word, pos); }

  private boolean atEnd() { return pos >= s.length(); }

  private ReaderError error(String message) {
    boolean atStart = path.isEmpty() && pos == 0;
    return new ReaderError(message + " Path '" + pathText() + "', line " + (atStart ? 0 : line)
        + ", position " + (pos - lineStart) + ".");
  }

  private String pathText() {
    var sb = new StringBuilder();
    var parts = new ArrayList<>(path);
    java.util.Collections.reverse(parts);
    for (Object part : parts) {
      if (part instanceof Integer i) {
        if (i >= 0) sb.append('[').append(i).append(']');
      } else if (!((String) part).isEmpty()) {
        String name = (String) part;
        if (name.chars().anyMatch(ch -> ".  '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029".indexOf(ch) >= 0)) {
          sb.append("['").append(name.replace("'", "\\'")).append("']");
        } else {
          if (!sb.isEmpty()) sb.append('.');
          sb.append(name);
        }
      }
    }
    return sb.toString();
  }
}
