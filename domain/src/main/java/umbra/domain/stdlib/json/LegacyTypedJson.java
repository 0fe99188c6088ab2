package umbra.domain.stdlib.json;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import umbra.domain.stdlib.Guids;
import umbra.domain.stdlib.json.JsonTree.*;
import umbra.domain.syntax.Expr;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Symtable;

/**
 * The object shapes Dark's first serializer (OCaml's yojson, then {@code unsafeOfUnknownJsonV0})
 * wrote for values JSON cannot express, recognised by their exact sorted set of keys:
 * {@code {type, value}} for dates, chars, options..., and {@code {constructor, type, values}}
 * for results (backend.md 2.2). Anything that merely resembles one is a plain Dict. A shape
 * whose contents are wrong (a bad date, bad base64) makes the whole document invalid.
 */
final class LegacyTypedJson {
  private LegacyTypedJson() {}

  private record Field(String name, JsonTree raw, Dval value) {}

  private static final Pattern ISO_DATE =
      Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z");

  static final TreeFold.Folder<Dval> FOLDER = new TreeFold.Folder<>() {
    @Override public Dval scalar(JsonTree leaf) { return JsonToDval.plainScalar(leaf); }

    @Override public Dval array(JArray node, List<Dval> items) { return Dval.list(items); }

    @Override public Dval object(JObject node, List<Dval> values) { return typed(node, values); }
  };

  private static Dval typed(JObject node, List<Dval> values) {
    var fields = new ArrayList<Field>();
    for (int i = 0; i < values.size(); i++) {
      Member m = node.members().get(i);
      fields.add(new Field(JsonToDval.text(m.name()), m.value(), values.get(i)));
    }
    fields.sort(Comparator.comparing(Field::name)); // stable: duplicates keep document order
    Dval special = null;
    if (fields.size() == 2 && fields.get(0).name().equals("type") && fields.get(1).name().equals("value")
        && fields.get(0).raw() instanceof JString type) {
      special = typeValue(JsonToDval.text(type), fields.get(1));
    } else if (fields.size() == 3 && fields.get(0).name().equals("constructor")
        && fields.get(1).name().equals("type") && fields.get(2).name().equals("values")) {
      special = result(fields.get(0).raw(), fields.get(1).raw(), fields.get(2));
    }
    if (special != null) return special;
    var dict = new TreeMap<String, Dval>();
    for (Field f : fields) dict.put(f.name(), f.value());
    return new DObj(dict);
  }

  /** The {@code {type, value}} encodings; null when this is not one of them. */
  private static Dval typeValue(String type, Field value) {
    JsonTree raw = value.raw();
    String s = raw instanceof JString js ? JsonToDval.text(js) : null;
    boolean isNull = raw instanceof JNull;
    return switch (type) {
      case "response" -> raw instanceof JArray a && a.items().size() == 2 ? response(a.items().get(0), value.value()) : null;
      case "date" -> s == null ? null : new DDate(isoDate(s));
      case "password" -> s == null ? null : new DPassword(base64(s));
      case "error" -> s == null ? null : new DError(s);
      case "bytes" -> s == null ? null : new DBytes(base64(s));
      case "char", "character" -> s == null ? null : new DChar(s);
      case "datastore" -> s == null ? null : new DDB(s);
      case "incomplete" -> isNull ? Dval.INCOMPLETE : null;
      case "errorrail" -> new DErrorRail(value.value());
      case "option" -> isNull ? Dval.NOTHING : new DJust(value.value());
      case "block" -> isNull ? new DLambda(List.of(), Symtable.empty(), new Expr.EBlank(56789)) : null;
      case "uuid" -> s == null ? null : new DUuid(Guids.parse(s).orElseThrow(() -> new IllegalArgumentException("guid")));
      default -> null;
    };
  }

  /** {@code {"constructor": "Ok"|"Error", "type": "result", "values": [v]}}. */
  private static Dval result(JsonTree constructor, JsonTree type, Field values) {
    if (!(constructor instanceof JString c) || !(type instanceof JString t) || !JsonToDval.text(t).equals("result")) return null;
    if (!(values.raw() instanceof JArray a) || a.items().size() != 1) return null;
    // the converted one-element list, unless its element was an error, which replaced the list
    Dval inner = values.value() instanceof DList l ? l.items().get(0) : values.value();
    return switch (JsonToDval.text(c)) {
      case "Ok" -> new DOk(inner);
      case "Error" -> new DErr(inner);
      default -> null;
    };
  }

  /**
   * {@code ["Redirect", url]} or {@code ["Response", code, [[name, value]...]]}; {@code both} is
   * the converted pair (that header and the body), or the body alone if it was an error.
   */
  private static Dval response(JsonTree head, Dval both) {
    Dval body = both instanceof DList l ? l.items().get(1) : both;
    if (head instanceof JArray a && a.items().size() == 2 && isText(a.items().get(0), "Redirect")
        && a.items().get(1) instanceof JString url) {
      return new DRedirect(JsonToDval.text(url));
    }
    if (head instanceof JArray a && a.items().size() == 3 && isText(a.items().get(0), "Response")
        && a.items().get(1) instanceof JNumber code && JsonToDval.int64(code) != null
        && a.items().get(2) instanceof JArray hs) {
      var headers = new ArrayList<Header>();
      for (JsonTree h : hs.items()) {
        if (!(h instanceof JArray pair && pair.items().size() == 2 && pair.items().get(0) instanceof JString k
            && pair.items().get(1) instanceof JString v)) {
          throw new IllegalArgumentException("Invalid DHttpResponse headers");
        }
        headers.add(new Header(JsonToDval.text(k), JsonToDval.text(v)));
      }
      return new DResponse(JsonToDval.int64(code), headers, body);
    }
    throw new IllegalArgumentException("Invalid response json");
  }

  private static boolean isText(JsonTree t, String expected) {
    return t instanceof JString s && JsonToDval.text(s).equals(expected);
  }

  /** {@code Instant.ofIsoString}: .NET's {@code ParseExact(s, "yyyy-MM-ddTHH:mm:ssZ")}. */
  private static LocalDateTime isoDate(String s) {
    var m = ISO_DATE.matcher(s);
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1) throw new IllegalArgumentException("date");
    int[] p = new int[6];
    for (int i = 0; i < 6; i++) p[i] = Integer.parseInt(m.group(i + 1));
    return LocalDateTime.of(p[0], p[1], p[2], p[3], p[4], p[5]);
  }

  /** {@code Convert.FromBase64String}: white space is ignored, padding is required. */
  private static byte[] base64(String s) {
    String compact = s.replaceAll("[ \\t\\r\\n]", "");
    if (compact.length() % 4 != 0) throw new IllegalArgumentException("base64");
    return Base64.getDecoder().decode(compact);
  }
}
