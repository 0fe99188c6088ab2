package umbra.domain.stdlib.json;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import umbra.domain.stdlib.json.JsonTree.*;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * Dark's two readers of JSON whose shape nobody declared ({@code DvalReprLegacyExternal}):
 * {@link #unknownJsonV1} for {@code JSON::parse} (plain values, .NET's messages on failure) and
 * {@link #unknownJsonV0} for {@code JSON::read_v0} and request bodies (which also turns Dark's old
 * {@code {type, value}} encodings back into dates, options, results...).
 */
public final class JsonToDval {
  private JsonToDval() {}

  /** The outcome of {@link #unknownJsonV1}: a value, or the message Dark shows. */
  public sealed interface Result {}

  public record Ok(Dval value) implements Result {}

  public record Invalid(String message) implements Result {}

  /** Why a value could not be read out of a parsed document (.NET raises it while reading). */
  static final class Unreadable extends RuntimeException {
    Unreadable(String message) { super(message, null, false, false); }
  }

  private static final String TRAILING_COMMA = "The JSON array contains a trailing comma at the end";

  /**
   * {@code ofUnknownJsonV1}: integers that fit an int64 become Ints, other numbers Floats, objects
   * Dicts (the last of duplicate keys wins). {@code ""} is "JSON string was empty"; the trailing
   * comma message is shortened the way Dark did (json.tests); other messages are .NET's.
   */
  public static Result unknownJsonV1(String text) {
    return switch (JsonReader.read(text)) {
      case JsonReader.SyntaxError e when text.isEmpty() -> new Invalid("JSON string was empty");
      case JsonReader.SyntaxError e when e.message().contains(TRAILING_COMMA) -> new Invalid(
          TRAILING_COMMA + ", at on line " + e.line() + ", position " + e.bytePositionInLine());
      case JsonReader.SyntaxError e -> new Invalid(e.message());
      case JsonReader.NotUtf16 e -> new Invalid(e.message());
      case JsonReader.Parsed p -> {
        try {
          yield new Ok(TreeFold.fold(p.tree(), PLAIN));
        } catch (Unreadable u) {
          yield new Invalid(u.getMessage());
        }
      }
    };
  }

  /**
   * {@code unsafeOfUnknownJsonV0}: like V1, but objects shaped like Dark's legacy encodings
   * become the values they encode. Empty for anything Dark would call "Invalid json".
   */
  public static Optional<Dval> unknownJsonV0(String text) {
    if (!(JsonReader.read(text) instanceof JsonReader.Parsed p)) return Optional.empty();
    try {
      return Optional.of(TreeFold.fold(p.tree(), LegacyTypedJson.FOLDER));
    } catch (Unreadable | IllegalArgumentException | java.time.DateTimeException u) {
      return Optional.empty();
    }
  }

  private static final TreeFold.Folder<Dval> PLAIN = new TreeFold.Folder<>() {
    @Override public Dval scalar(JsonTree leaf) { return plainScalar(leaf); }

    @Override public void enterObject(JObject object) {
      // .NET reads every property name of an object before converting any of its values
      for (Member m : object.members()) text(m.name());
    }

    @Override public Dval array(JArray node, List<Dval> items) { return Dval.list(items); }

    @Override public Dval object(JObject node, List<Dval> values) { return dict(node, values); }
  };

  static Dval plainScalar(JsonTree leaf) {
    return switch (leaf) {
      case JNull n -> Dval.NULL;
      case JBool b -> DBool.of(b.value());
      case JNumber n -> number(n);
      case JString s -> new DStr(text(s));
      case JArray a -> throw new IllegalStateException("not a scalar");
      case JObject o -> throw new IllegalStateException("not a scalar");
    };
  }

  /** Fields in document order into a Dict: a later duplicate replaces an earlier one. */
  static Dval dict(JObject node, List<Dval> values) {
    var fields = new TreeMap<String, Dval>();
    for (int i = 0; i < values.size(); i++) fields.put(text(node.members().get(i).name()), values.get(i));
    return new DObj(fields);
  }

  /** {@code JsonElement.GetString}: the text, or the error .NET raises for broken surrogate escapes. */
  static String text(JString s) {
    if (s.unreadable() != null) throw new Unreadable(s.unreadable());
    return s.value();
  }

  /**
   * {@code GetInt64} when the text is an integer that fits, else {@code GetDouble}, which refuses
   * numbers too large for a double.
   */
  static Dval number(JNumber n) {
    Long asInt = int64(n);
    if (asInt != null) return new DInt(asInt);
    double d = Double.parseDouble(n.text());
    if (Double.isInfinite(d)) throw new Unreadable("One of the identified items was in an invalid format.");
    return new DFloat(d);
  }

  /** .NET's {@code TryGetInt64}: only plain integer syntax that fits in 64 bits. */
  static Long int64(JNumber n) {
    String t = n.text();
    for (int i = t.startsWith("-") ? 1 : 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') return null;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException tooBig) {
      return null;
    }
  }
}
