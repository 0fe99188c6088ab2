package umbra.app.bwd;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The byte-level rules of test-format.md 2.2-2.3: tokens, CRLF headers, splitting, normalising, comparing. */
final class RawHttp {
  private RawHttp() {}

  record Message(String status, List<Map.Entry<String, String>> headers, byte[] body) {}

  /** Non-overlapping, left-to-right replacement of {@code pattern} by {@code replacement}, on bytes. */
  static byte[] replace(byte[] bytes, String pattern, String replacement) {
    byte[] p = pattern.getBytes(StandardCharsets.UTF_8);
    byte[] r = replacement.getBytes(StandardCharsets.UTF_8);
    var out = new ByteArrayOutputStream(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      if (i + p.length <= bytes.length && Arrays.equals(bytes, i, i + p.length, p, 0, p.length)) {
        out.writeBytes(r);
        i += p.length;
      } else {
        out.write(bytes[i++]);
      }
    }
    return out.toByteArray();
  }

  /** Header lines, up to and including the first empty line, end in CRLF; the body keeps its newlines. */
  static byte[] headersToCrlf(byte[] bytes) {
    var out = new ByteArrayOutputStream(bytes.length + 32);
    boolean inHeaders = true;
    int lineStart = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (inHeaders && bytes[i] == '\n') {
        boolean empty = i == lineStart || (i == lineStart + 1 && bytes[lineStart] == '\r');
        if (i > 0 && bytes[i - 1] != '\r') out.write('\r');
        out.write('\n');
        lineStart = i + 1;
        if (empty) inHeaders = false;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toByteArray();
  }

  /** {@code Http.split}: status line, headers split at the first colon with the value left-trimmed, body. */
  static Message split(byte[] bytes) {
    int statusEnd = indexOf(bytes, "\r\n".getBytes(StandardCharsets.US_ASCII), 0);
    if (statusEnd < 0) return new Message(new String(bytes, StandardCharsets.ISO_8859_1), List.of(), new byte[0]);
    String status = new String(bytes, 0, statusEnd, StandardCharsets.UTF_8);
    var headers = new ArrayList<Map.Entry<String, String>>();
    int pos = statusEnd + 2;
    while (pos < bytes.length) {
      int end = indexOf(bytes, "\r\n".getBytes(StandardCharsets.US_ASCII), pos);
      if (end < 0) end = bytes.length;
      if (end == pos) {
        pos += 2;
        break;
      }
      String line = new String(bytes, pos, end - pos, StandardCharsets.UTF_8);
      int colon = line.indexOf(':');
      headers.add(colon < 0 ? Map.entry(line, "") : Map.entry(line.substring(0, colon), line.substring(colon + 1).stripLeading()));
      pos = end + 2;
    }
    return new Message(status, headers, Arrays.copyOfRange(bytes, Math.min(pos, bytes.length), bytes.length));
  }

  static int indexOf(byte[] bytes, byte[] needle, int from) {
    for (int i = from; i + needle.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) return i;
    }
    return -1;
  }

  /** test-format.md 2.3 step 4, for the server's actual headers. */
  static List<Map.Entry<String, String>> normalizeActual(List<Map.Entry<String, String>> headers, boolean basic) {
    var out = new ArrayList<Map.Entry<String, String>>();
    for (var h : headers) {
      String k = h.getKey();
      switch (k) {
        case "Date" -> out.add(Map.entry(k, "xxx, xx xxx xxxx xx:xx:xx xxx"));
        case "x-darklang-execution-id" -> out.add(Map.entry(k, "0123456789"));
        case "Expires", "expires" -> out.add(Map.entry(k, basic ? h.getValue() : "xxx, xx xxx xxxx xx:xx:xx xxx"));
        case "Age", "age" -> { if (basic) out.add(h); }
        case "X-GUploader-UploadID", "x-guploader-uploadid", "x-goog-generation" -> out.add(basic ? h : Map.entry(k, "xxxx"));
        default -> out.add(h);
      }
    }
    out.sort(Comparator.comparing(Map.Entry::getKey));
    return out;
  }

  static List<Map.Entry<String, String>> normalizeExpected(List<Map.Entry<String, String>> headers, byte[] actualBody) {
    var out = new ArrayList<Map.Entry<String, String>>();
    for (var h : headers) {
      boolean length = h.getKey().equals("Content-Length") && h.getValue().equals("LENGTH");
      out.add(length ? Map.entry(h.getKey(), String.valueOf(actualBody.length)) : h);
    }
    out.sort(Comparator.comparing(Map.Entry::getKey));
    return out;
  }

  /** Strict UTF-8, or empty. */
  static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

  /**
   * The document re-written without its whitespace, as System.Text.Json re-serialising it would
   * compare: member order, duplicate members and number spellings kept, strings by value.
   */
  static Optional<String> canonicalJson(String text) {
    var sb = new StringBuilder();
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) return Optional.empty();
      int depth = 0;
      do {
        switch (t) {
          case START_OBJECT, START_ARRAY -> { sb.append(p.getText()); depth++; }
          case END_OBJECT, END_ARRAY -> { sb.append(p.getText()); depth--; }
          case FIELD_NAME -> sb.append("K").append(quote(p.getText())).append(':');
          case VALUE_STRING -> sb.append(quote(p.getText())).append(',');
          default -> sb.append(p.getText()).append(',');
        }
        if (depth == 0) break;
        t = p.nextToken();
      } while (t != null);
      if (p.nextToken() != null) return Optional.empty();
      return Optional.of(sb.toString());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String quote(String s) {
    var sb = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') sb.append('\\').appendCodePoint(c);
      else if (c < 0x20) sb.append(String.format("\\u%04x", c));
      else sb.appendCodePoint(c);
    });
    return sb.append('"').toString();
  }
}
