package umbra.domain.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import umbra.domain.stdlib.json.JsonToDval;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** The {@code request} value of legacy {@code HTTP} handlers (backend.md 2.1-2.6). */
public final class LegacyRequest {
  private LegacyRequest() {}

  /** The value, or the 400 message a user's malformed body earns (backend.md 2.2, 1.10). */
  public sealed interface Built {}

  public record Value(Dval request) implements Built {}

  public record Rejected(String message) implements Built {}

  static final String UNKNOWN_CONTENT_TYPE = "Unknown Content-type -- we assumed application/json but invalid JSON was sent";

  /**
   * Builds the value. {@code lenient} is for stored 404s (backend.md 1.9): a body that does not
   * parse gives {@code null} fields instead of a rejection.
   */
  public static Built build(IncomingRequest r, boolean lenient) {
    byte[] body = r.bodyForHandler();
    ContentType type = ContentType.parse(r.header("Content-Type").orElse(null));
    Dval parsed = Dval.NULL;
    Dval jsonBody = Dval.NULL;
    Dval formBody = Dval.NULL;
    if (body.length > 0) {
      String text = new String(body, StandardCharsets.UTF_8);
      switch (type) {
        case JSON -> {
          Optional<Dval> json = JsonToDval.unknownJsonV0(text);
          if (json.isEmpty() && !lenient) return new Rejected("Invalid json: " + text);
          parsed = json.orElse(Dval.NULL);
          jsonBody = parsed;
        }
        case FORM -> {
          parsed = FormEncoding.decode(text);
          formBody = parsed;
        }
        default -> {
          Optional<Dval> json = JsonToDval.unknownJsonV0(text);
          if (json.isEmpty() && !lenient) return new Rejected(UNKNOWN_CONTENT_TYPE);
          parsed = json.orElse(Dval.NULL);
        }
      }
    }
    var fields = new ArrayList<Map.Entry<String, Dval>>();
    fields.add(Map.entry("body", parsed));
    fields.add(Map.entry("jsonBody", jsonBody));
    fields.add(Map.entry("formBody", formBody));
    fields.add(Map.entry("queryParams", FormEncoding.decode(r.query().orElse(""))));
    fields.add(Map.entry("headers", headers(r)));
    fields.add(Map.entry("fullBody", fullBody(body)));
    fields.add(Map.entry("cookies", FormEncoding.cookies(r.mergedHeader("cookie").orElse(null))));
    fields.add(Map.entry("url", new DStr(RequestUrl.legacy(r).toString())));
    return new Value(Dval.obj(fields));
  }

  /** backend.md 2.5: lower-cased names, repeated headers merged with {@code ,}. */
  static DObj headers(IncomingRequest r) {
    var merged = new TreeMap<String, Dval>();
    for (Header h : r.headers()) {
      String name = h.name().toLowerCase(Locale.ROOT);
      merged.merge(name, new DStr(h.value()), (a, b) -> new DStr(((DStr) a).value() + "," + ((DStr) b).value()));
    }
    return new DObj(merged);
  }

  /** The body as text; invalid UTF-8 is an error value, which replaces the whole request (backend.md 2.1). */
  private static Dval fullBody(byte[] body) {
    try {
      return new DStr(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
    } catch (CharacterCodingException e) {
      return Dval.error("Invalid UTF8 input");
    }
  }
}
