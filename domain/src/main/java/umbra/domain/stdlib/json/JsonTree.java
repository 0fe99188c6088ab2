package umbra.domain.stdlib.json;

import java.util.List;

/**
 * A parsed JSON document, as .NET's {@code JsonDocument} holds it before anyone reads values out:
 * numbers keep their text (whether one is an Int or a Float, or unreadable, is decided when it
 * is converted), and a string whose escapes encode a broken surrogate pair keeps the error .NET
 * raises when that string is read.
 */
public sealed interface JsonTree {

  record JNull() implements JsonTree {}

  record JBool(boolean value) implements JsonTree {}

  /** The number exactly as written; the reader has checked its syntax. */
  record JNumber(String text) implements JsonTree {}

  /** The unescaped text, or (in {@code unreadable}) the message .NET gives when reading it. */
  record JString(String value, String unreadable) implements JsonTree {
    public static JString of(String value) { return new JString(value, null); }
  }

  record JArray(List<JsonTree> items) implements JsonTree {
    public JArray { items = List.copyOf(items); }
  }

  record Member(JString name, JsonTree value) {}

  /** Members in document order; duplicate names are kept (readers decide which one wins). */
  record JObject(List<Member> members) implements JsonTree {
    public JObject { members = List.copyOf(members); }
  }
}
