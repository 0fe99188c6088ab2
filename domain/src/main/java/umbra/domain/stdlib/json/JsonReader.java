package umbra.domain.stdlib.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import umbra.domain.stdlib.json.JsonTree.*;

/**
 * Reads JSON text into a {@link JsonTree} exactly as .NET's {@code JsonDocument.Parse} did for
 * Dark (comments skipped, trailing commas rejected, no depth limit), failing with its messages
 * and positions. Iterative, so deeply nested input cannot exhaust the Java stack.
 */
public final class JsonReader {
  private JsonReader() {}

  /** What reading produced: a document, or why there is none. */
  public sealed interface Result {}

  public record Parsed(JsonTree tree) implements Result {}

  /**
   * .NET's {@code JsonException}: {@code message} ends with
   * {@code LineNumber: l | BytePositionInLine: p.}; {@code reason} is the message without it.
   */
  public record SyntaxError(String message, String reason, long line, long bytePositionInLine) implements Result {}

  /** The text holds a lone surrogate, which .NET refuses to transcode before parsing starts. */
  public record NotUtf16(String message) implements Result {}

  public static Result read(String text) {
    if (hasLoneSurrogate(text)) return new NotUtf16("Cannot transcode invalid UTF-16 string to UTF-8 JSON text.");
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    try {
      return new Parsed(build(new Utf8JsonTokenizer(utf8), utf8));
    } catch (Utf8JsonTokenizer.Failure f) {
      String message = f.getMessage();
      return new SyntaxError(message, message.substring(0, message.lastIndexOf(" LineNumber: ")), f.line,
          f.bytePositionInLine);
    }
  }

  /** One container being filled while its tokens arrive. */
  private static final class Open {
    final boolean isObject;
    final List<JsonTree> items = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    JString pendingName;

    Open(boolean isObject) { this.isObject = isObject; }

    void add(JsonTree value) {
      if (isObject) members.add(new Member(pendingName, value));
      else items.add(value);
    }

    JsonTree close() { return isObject ? new JObject(members) : new JArray(items); }
  }

  private static JsonTree build(Utf8JsonTokenizer tokens, byte[] utf8) {
    var open = new ArrayDeque<Open>();
    JsonTree root = null;
    while (tokens.read()) {
      JsonTree done = switch (tokens.token()) {
        case START_OBJECT -> { open.push(new Open(true)); yield null; }
        case START_ARRAY -> { open.push(new Open(false)); yield null; }
        case PROPERTY_NAME -> { open.getFirst().pendingName = string(tokens, utf8); yield null; }
        case END_OBJECT, END_ARRAY -> open.pop().close();
        case STRING -> string(tokens, utf8);
        case NUMBER -> new JNumber(new String(utf8, tokens.valueStart(), tokens.valueEnd() - tokens.valueStart(),
            StandardCharsets.US_ASCII));
        case TRUE -> new JBool(true);
        case FALSE -> new JBool(false);
        case NULL -> new JNull();
        case NONE -> throw new IllegalStateException("the reader produced no token");
      };
      if (done == null) continue;
      if (open.isEmpty()) root = done;
      else open.getFirst().add(done);
    }
    return root;
  }

  private static JString string(Utf8JsonTokenizer tokens, byte[] utf8) {
    int start = tokens.valueStart();
    int end = tokens.valueEnd();
    if (!tokens.valueEscaped()) return JString.of(new String(utf8, start, end - start, StandardCharsets.UTF_8));
    return Unescaping.unescape(utf8, start, end);
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
      else if (Character.isSurrogate(c)) return true;
    }
    return false;
  }
}
