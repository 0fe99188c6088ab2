package umbra.handler.traces;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import umbra.domain.syntax.Expr;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Symtable;

/**
 * Trace values as Dark stored them (backend.md 3.3, "internal roundtrippable"): plain JSON for
 * plain values, {@code {"type": T, "value": ...}} wrappers for the rest, told apart on reading
 * by their sorted field names. Version 1 of Umbra's trace tables; readers accept Dark's rows.
 * Like Dark's, the format stores {@code Just null} and {@code Nothing} alike (both read as
 * {@code Nothing}), and a user Dict shaped like a wrapper reads as the wrapped value.
 */
public final class TraceValueJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build())
      .build();
  private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();

  private TraceValueJson() {}

  public static String write(Dval value) {
    var out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The same document as UTF-8 bytes, for writers that stream them (COPY). */
  static byte[] writeUtf8(Dval value) {
    var out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An object of parameter name to value ({@code function_arguments.arguments_json}). */
  public static String writeArguments(Map<String, Dval> args) {
    return write(new DObj(new TreeMap<>(args)));
  }

  private static void write(JsonGenerator g, Dval v) throws IOException {
    switch (v) {
      case DInt i -> g.writeNumber(i.value());
      case DFloat f -> g.writeNumber(f.value());
      case DBool b -> g.writeBoolean(b.value());
      case DNull n -> g.writeNull();
      case DStr s -> g.writeString(s.value());
      case DList l -> {
        g.writeStartArray();
        for (Dval item : l.items()) write(g, item);
        g.writeEndArray();
      }
      case DObj o -> {
        g.writeStartObject();
        for (var e : o.fields().entrySet()) {
          g.writeFieldName(e.getKey());
          write(g, e.getValue());
        }
        g.writeEndObject();
      }
      case DChar c -> typed(g, "character", c.value());
      case DError e -> typed(g, "error", e.message());
      case DFnVal f -> typed(g, "block", null);
      case DIncomplete i -> typed(g, "incomplete", null);
      case DDB d -> typed(g, "datastore", d.name());
      case DDate d -> typed(g, "date", formatDate(d.value()));
      case DPassword p -> typed(g, "password", Base64.getEncoder().encodeToString(p.hash()));
      case DUuid u -> typed(g, "uuid", u.value().toString());
      case DBytes b -> typed(g, "bytes", Base64.getEncoder().encodeToString(b.bytes()));
      case DNothing n -> typed(g, "option", null);
      case DJust j -> typedValue(g, "option", j.value());
      case DErrorRail r -> typedValue(g, "errorrail", r.value());
      case DOk o -> result(g, "Ok", o.value());
      case DErr e -> result(g, "Error", e.value());
      case DTuple t -> {
        g.writeStartObject();
        g.writeStringField("type", "tuple");
        g.writeFieldName("first");
        write(g, t.first());
        g.writeFieldName("second");
        write(g, t.second());
        g.writeArrayFieldStart("theRest");
        for (Dval item : t.rest()) write(g, item);
        g.writeEndArray();
        g.writeEndObject();
      }
      case DHttpResponse r -> response(g, r);
    }
  }

  private static void typed(JsonGenerator g, String type, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type);
    g.writeStringField("value", value);
    g.writeEndObject();
  }

  private static void typedValue(JsonGenerator g, String type, Dval value) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type);
    g.writeFieldName("value");
    write(g, value);
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, String constructor, Dval value) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "result");
    g.writeStringField("constructor", constructor);
    g.writeArrayFieldStart("values");
    write(g, value);
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void response(JsonGenerator g, DHttpResponse r) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "response");
    g.writeArrayFieldStart("value");
    g.writeStartArray();
    switch (r) {
      case DRedirect d -> {
        g.writeString("Redirect");
        g.writeString(d.url());
      }
      case DResponse d -> {
        g.writeString("Response");
        g.writeNumber(d.code());
        g.writeStartArray();
        for (Dval.Header h : d.headers()) {
          g.writeStartArray();
          g.writeString(h.name());
          g.writeString(h.value());
          g.writeEndArray();
        }
        g.writeEndArray();
      }
    }
    g.writeEndArray();
    if (r instanceof DResponse d) write(g, d.body()); else g.writeNull();
    g.writeEndArray();
    g.writeEndObject();
  }

  /** ISO 8601 in UTC with a {@code Z}, whole seconds as Dark wrote them, a fraction only when there is one. */
  private static String formatDate(LocalDateTime d) { return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(d) + "Z"; }

  private static LocalDateTime parseDate(String s) {
    return LocalDateTime.parse(s.endsWith("Z") ? s.substring(0, s.length() - 1) : s, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  // ---- reading ----

  /** @throws IllegalArgumentException for text that is not a stored value */
  public static Dval read(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      return fromNode(MAPPER.readTree(p));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a stored trace value: " + e.getMessage(), e);
    }
  }

  public static Map<String, Dval> readArguments(String json) {
    if (!(read(json) instanceof DObj o)) throw new IllegalArgumentException("stored arguments are an object");
    return o.fields();
  }

  private static Dval fromNode(JsonNode n) {
    if (n.isIntegralNumber() && n.canConvertToLong()) return new DInt(n.asLong());
    if (n.isNumber()) return new DFloat(n.asDouble());
    if (n.isBoolean()) return DBool.of(n.asBoolean());
    if (n.isNull()) return Dval.NULL;
    if (n.isTextual()) return new DStr(n.asText());
    if (n.isArray()) {
      var items = new ArrayList<Dval>(n.size());
      for (JsonNode item : n) items.add(fromNode(item));
      return new DList(items);
    }
    var keys = new TreeSet<String>();
    n.fieldNames().forEachRemaining(keys::add);
    String type = n.path("type").isTextual() ? n.get("type").asText() : "";
    if (keys.equals(new TreeSet<>(List.of("type", "value")))) {
      Dval typed = typed(type, n.get("value"));
      if (typed != null) return typed;
    }
    if (type.equals("result") && keys.equals(new TreeSet<>(List.of("constructor", "type", "values")))
        && n.get("values").size() == 1) {
      Dval inner = fromNode(n.get("values").get(0));
      return n.get("constructor").asText().equals("Ok") ? new DOk(inner) : new DErr(inner);
    }
    if (type.equals("tuple") && keys.equals(new TreeSet<>(List.of("first", "second", "theRest", "type")))) {
      var rest = new ArrayList<Dval>();
      for (JsonNode item : n.get("theRest")) rest.add(fromNode(item));
      return new DTuple(fromNode(n.get("first")), fromNode(n.get("second")), rest);
    }
    var fields = new TreeMap<String, Dval>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      var e = it.next();
      fields.put(e.getKey(), fromNode(e.getValue()));
    }
    return new DObj(fields);
  }

  /** The wrapped value, or null when {@code type} is not one of the wrappers. */
  private static Dval typed(String type, JsonNode value) {
    return switch (type) {
      case "character", "char" -> new DChar(value.asText());
      case "error" -> Dval.error(value.asText());
      case "block" -> new DLambda(List.of(), Symtable.empty(), new Expr.EBlank(0)); // a stored function cannot run again
      case "incomplete" -> Dval.INCOMPLETE;
      case "datastore" -> new DDB(value.asText());
      case "date" -> new DDate(parseDate(value.asText()));
      case "password" -> new DPassword(Base64.getDecoder().decode(value.asText()));
      case "uuid" -> new DUuid(UUID.fromString(value.asText()));
      case "bytes" -> new DBytes(Base64.getDecoder().decode(value.asText()));
      case "option" -> value.isNull() ? Dval.NOTHING : new DJust(fromNode(value));
      case "errorrail" -> new DErrorRail(fromNode(value));
      case "response" -> response(value);
      default -> null;
    };
  }

  private static Dval response(JsonNode value) {
    JsonNode head = value.get(0);
    Dval body = fromNode(value.get(1));
    if (head.get(0).asText().equals("Redirect")) return new DRedirect(head.get(1).asText());
    var headers = new ArrayList<Dval.Header>();
    for (JsonNode h : head.get(2)) headers.add(new Dval.Header(h.get(0).asText(), h.get(1).asText()));
    return new DResponse(head.get(1).asLong(), headers, body);
  }
}
