package umbra.handler.datastore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import umbra.domain.datastore.Datastore;
import umbra.domain.syntax.DType;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.handler.traces.TraceValueJson;

/**
 * The "internal queryable" JSON of datastore rows (backend.md 7): written like the trace format
 * (dates, passwords, uuids wrapped as {@code {"type": ..., "value": ...}}), read back recognising
 * only those three wrappers; any other object is a Dict.
 */
public final class QueryableJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build()).build()).build();

  private QueryableJson() {}

  public static String write(DObj row) { return TraceValueJson.write(row); }

  /**
   * A stored row. Where the datastore has a Float column, an integral number in it is read as a
   * Float (PostgreSQL's jsonb writes {@code 1e20} back as {@code 100000000000000000000}).
   */
  public static DObj read(String json, Datastore db) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!root.isObject()) throw new IllegalArgumentException("a stored row is not a JSON object");
    var fields = new TreeMap<String, Dval>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      var e = it.next();
      Dval v = value(e.getValue());
      if (v instanceof DInt i && db.columnType(e.getKey()).orElse(null) instanceof DType.TFloat) v = new DFloat(i.value());
      fields.put(e.getKey(), v);
    }
    return new DObj(fields);
  }

  private static Dval value(JsonNode n) {
    return switch (n.getNodeType()) {
      case NUMBER -> n.isIntegralNumber() && n.canConvertToLong() ? new DInt(n.longValue()) : new DFloat(n.doubleValue());
      case BOOLEAN -> DBool.of(n.booleanValue());
      case STRING -> new DStr(n.textValue());
      case ARRAY -> {
        var items = new ArrayList<Dval>(n.size());
        for (JsonNode item : n) items.add(value(item));
        yield new DList(items);
      }
      case OBJECT -> object(n);
      default -> Dval.NULL;
    };
  }

  private static Dval object(JsonNode n) {
    if (n.size() == 2 && n.path("type").isTextual() && n.path("value").isTextual()) {
      String v = n.get("value").textValue();
      switch (n.get("type").textValue()) {
        case "date" -> { return new DDate(date(v)); }
        case "password" -> { return new DPassword(Base64.getDecoder().decode(v)); }
        case "uuid" -> { return new DUuid(UUID.fromString(v)); }
        default -> { }
      }
    }
    var fields = new TreeMap<String, Dval>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      var e = it.next();
      fields.put(e.getKey(), value(e.getValue()));
    }
    return new DObj(fields);
  }

  private static LocalDateTime date(String iso) {
    return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }
}
