package umbra.dto.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;

/**
 * The JSON conventions of the API, in one mapper that the server and the CLI share:
 * <ul>
 *   <li>every field of a record is required; a field whose type is {@code Optional} may be
 *       {@code null}, no other may (nor a list's item). Unknown fields are an error, so typos do
 *       not pass silently.</li>
 *   <li>instants are ISO-8601 strings in UTC ({@code "2026-05-01T12:00:00Z"}).</li>
 *   <li>64-bit integers beyond ±2^53 are written as strings (JavaScript numbers lose digits
 *       there, backend.md 5.3); both forms are accepted.</li>
 * </ul>
 */
public final class ApiJson {
  /** The largest integer a JavaScript number holds exactly. */
  static final long SAFE = (1L << 53) - 1;

  private ApiJson() {}

  public static JsonMapper mapper() {
    var bigLongs = new SimpleModule("big-longs")
        .addSerializer(Long.class, new LongSerializer())
        .addSerializer(long.class, new LongSerializer());
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(bigLongs)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
        .build();
  }

  private static final class LongSerializer extends JsonSerializer<Long> {
    @Override public void serialize(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value > SAFE || value < -SAFE) gen.writeString(value.toString());
      else gen.writeNumber(value);
    }
  }
}
