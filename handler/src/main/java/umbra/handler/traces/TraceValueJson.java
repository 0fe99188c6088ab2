package umbra.handler.traces;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
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
  /** The deepest value a trace keeps; a deeper one is not stored (the writer logs it). */
  private static final int MAX_DEPTH = 100_000;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      // as deep as user code nests values, within reason (Jackson's default is 1,000); both walks use the heap
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
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

  /** A piece of output written after the values pushed before it: a container's end, a field's name. */
  @FunctionalInterface
  private interface Token {
    void emit(JsonGenerator g) throws IOException;
  }

  /**
   * Writes the value with its pending parts on a heap stack, not by recursion: a trace keeps values
   * nested as deep as user code made them (a fold wrapping a list 100,000 times).
   */
  private static void write(JsonGenerator g, Dval root) throws IOException {
    var todo = new ArrayDeque<Object>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Object next = todo.pop();
      if (next instanceof Token t) {
        t.emit(g);
      } else {
        start(g, (Dval) next, todo);
      }
    }
  }

  /** Writes a value without parts, or the start of one with parts, whose parts and end go on {@code todo}. */
  private static void start(JsonGenerator g, Dval v, ArrayDeque<Object> todo) throws IOException {
    switch (v) {
      case DInt i -> g.writeNumber(i.value());
      case DFloat f -> g.writeNumber(f.value());
      case DBool b -> g.writeBoolean(b.value());
      case DNull n -> g.writeNull();
      case DStr s -> g.writeString(s.value());
      case DList l -> {
        g.writeStartArray();
        later(todo, JsonGenerator::writeEndArray, l.items());
      }
      case DObj o -> {
        g.writeStartObject();
        var parts = new ArrayList<Object>(2 * o.fields().size());
        for (var e : o.fields().entrySet()) {
          String key = e.getKey();
          parts.add((Token) gen -> gen.writeFieldName(key));
          parts.add(e.getValue());
        }
        later(todo, JsonGenerator::writeEndObject, parts);
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
      case DJust j -> typedValue(g, "option", j.value(), todo);
      case DErrorRail r -> typedValue(g, "errorrail", r.value(), todo);
      case DOk o -> result(g, "Ok", o.value(), todo);
      case DErr e -> result(g, "Error", e.value(), todo);
      case DTuple t -> {
        g.writeStartObject();
        g.writeStringField("type", "tuple");
        g.writeFieldName("first");
        var parts = new ArrayList<Object>();
        parts.add(t.first());
        parts.add((Token) gen -> gen.writeFieldName("second"));
        parts.add(t.second());
        parts.add((Token) gen -> gen.writeArrayFieldStart("theRest"));
        parts.addAll(t.rest());
        parts.add((Token) JsonGenerator::writeEndArray);
        later(todo, JsonGenerator::writeEndObject, parts);
      }
      case DHttpResponse r -> response(g, r, todo);
    }
  }

  /** Schedules {@code parts} in order, then {@code end}. */
  private static void later(ArrayDeque<Object> todo, Token end, List<?> parts) {
    todo.push(end);
    for (int i = parts.size() - 1; i >= 0; i--) todo.push(parts.get(i));
  }

  private static void typed(JsonGenerator g, String type, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type);
    g.writeStringField("value", value);
    g.writeEndObject();
  }

  private static void typedValue(JsonGenerator g, String type, Dval value, ArrayDeque<Object> todo) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type);
    g.writeFieldName("value");
    later(todo, JsonGenerator::writeEndObject, List.of(value));
  }

  private static void result(JsonGenerator g, String constructor, Dval value, ArrayDeque<Object> todo)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "result");
    g.writeStringField("constructor", constructor);
    g.writeArrayFieldStart("values");
    later(todo, gen -> {
      gen.writeEndArray();
      gen.writeEndObject();
    }, List.of(value));
  }

  private static void response(JsonGenerator g, DHttpResponse r, ArrayDeque<Object> todo) throws IOException {
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
    Token end = gen -> {
      gen.writeEndArray();
      gen.writeEndObject();
    };
    if (r instanceof DResponse d) {
      later(todo, end, List.of(d.body()));
    } else {
      g.writeNull();
      end.emit(g);
    }
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

  /** A stored value with parts: the nodes of its parts, and how the value is made of theirs. */
  private record Parts(List<JsonNode> nodes, Function<List<Dval>, Dval> build) {}

  /** A value being read: its parts, and those read so far. */
  private record Reading(Parts parts, List<Dval> done) {}

  /** Reads the value with its pending parts on a heap stack, as it was written. */
  private static Dval fromNode(JsonNode root) {
    Object first = shape(root);
    if (first instanceof Dval d) return d;
    var open = new ArrayDeque<Reading>();
    open.push(new Reading((Parts) first, new ArrayList<>()));
    while (true) {
      Reading top = open.peek();
      if (top.done().size() < top.parts().nodes().size()) {
        Object next = shape(top.parts().nodes().get(top.done().size()));
        if (next instanceof Dval d) {
          top.done().add(d);
        } else {
          open.push(new Reading((Parts) next, new ArrayList<>()));
        }
      } else {
        open.pop();
        Dval read = top.parts().build().apply(top.done());
        if (open.isEmpty()) return read;
        open.peek().done().add(read);
      }
    }
  }

  /** A value without parts, read; or the {@link Parts} of one with parts. */
  private static Object shape(JsonNode n) {
    if (n.isIntegralNumber() && n.canConvertToLong()) return new DInt(n.asLong());
    if (n.isNumber()) return new DFloat(n.asDouble());
    if (n.isBoolean()) return DBool.of(n.asBoolean());
    if (n.isNull()) return Dval.NULL;
    if (n.isTextual()) return new DStr(n.asText());
    if (n.isArray()) return new Parts(elements(n), DList::new);
    var keys = new TreeSet<String>();
    n.fieldNames().forEachRemaining(keys::add);
    String type = n.path("type").isTextual() ? n.get("type").asText() : "";
    if (keys.equals(new TreeSet<>(List.of("type", "value")))) {
      Object typed = typed(type, n.get("value"));
      if (typed != null) return typed;
    }
    if (type.equals("result") && keys.equals(new TreeSet<>(List.of("constructor", "type", "values")))
        && n.get("values").size() == 1) {
      boolean ok = n.get("constructor").asText().equals("Ok");
      return new Parts(List.of(n.get("values").get(0)), inner -> ok ? new DOk(inner.get(0)) : new DErr(inner.get(0)));
    }
    if (type.equals("tuple") && keys.equals(new TreeSet<>(List.of("first", "second", "theRest", "type")))) {
      var nodes = new ArrayList<JsonNode>();
      nodes.add(n.get("first"));
      nodes.add(n.get("second"));
      nodes.addAll(elements(n.get("theRest")));
      return new Parts(nodes, all -> new DTuple(all.get(0), all.get(1), all.subList(2, all.size())));
    }
    var names = new ArrayList<String>();
    var nodes = new ArrayList<JsonNode>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      var e = it.next();
      names.add(e.getKey());
      nodes.add(e.getValue());
    }
    return new Parts(nodes, values -> {
      var fields = new TreeMap<String, Dval>();
      for (int i = 0; i < names.size(); i++) fields.put(names.get(i), values.get(i));
      return new DObj(fields);
    });
  }

  private static List<JsonNode> elements(JsonNode array) {
    var out = new ArrayList<JsonNode>(array.size());
    for (JsonNode item : array) out.add(item);
    return out;
  }

  /** The wrapped value (or the {@link Parts} of one), or null when {@code type} is not one of the wrappers. */
  private static Object typed(String type, JsonNode value) {
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
      case "option" -> value.isNull() ? Dval.NOTHING : new Parts(List.of(value), inner -> new DJust(inner.get(0)));
      case "errorrail" -> new Parts(List.of(value), inner -> new DErrorRail(inner.get(0)));
      case "response" -> new Parts(List.of(value.get(1)), body -> response(value.get(0), body.get(0)));
      default -> null;
    };
  }

  private static Dval response(JsonNode head, Dval body) {
    if (head.get(0).asText().equals("Redirect")) return new DRedirect(head.get(1).asText());
    var headers = new ArrayList<Dval.Header>();
    for (JsonNode h : head.get(2)) headers.add(new Dval.Header(h.get(0).asText(), h.get(1).asText()));
    return new DResponse(head.get(1).asLong(), headers, body);
  }
}
