package umbra.handler.storage.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Toplevel;

/**
 * The binary format of the {@code oplist} and {@code oplist_cache} columns (backend.md 4.4): CBOR
 * of the {@code *V1} records, every union case tagged by name under {@code "case"}.
 *
 * <p>Every blob is {@code {"format": N, "body": ...}} with {@code format} first, so a reader knows
 * the shape of {@code body} before binding it. Changing any stored record means a new format number
 * whose reader sits beside the old one: stored histories are kept forever.
 */
public final class StorageCodec {
  /** The format this code writes. */
  public static final int FORMAT = 1;

  /** Body of an {@code oplist} blob: the history of toplevel {@code tlid}, oldest op first. */
  record OplistV1(long tlid, List<OpV1> ops) {}

  /** Body of an {@code oplist_cache} blob. */
  record CachedToplevelV1(ToplevelV1 toplevel) {}

  private final CBORMapper mapper = CBORMapper.builder()
      // property order is part of the bytes; pin it instead of trusting reflection order
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .build();

  public byte[] encodeOplist(long tlid, List<Op> ops) {
    return envelope(new OplistV1(tlid, ops.stream().map(OpV1::of).toList()));
  }

  public List<Op> decodeOplist(byte[] bytes) {
    return open(bytes, OplistV1.class).ops().stream().map(OpV1::toDomain).toList();
  }

  public byte[] encodeToplevel(Toplevel tl) {
    return envelope(new CachedToplevelV1(ToplevelV1.of(tl)));
  }

  public Toplevel decodeToplevel(byte[] bytes) {
    return open(bytes, CachedToplevelV1.class).toplevel().toDomain();
  }

  private byte[] envelope(Object body) {
    var out = new ByteArrayOutputStream();
    try (JsonGenerator gen = mapper.createGenerator(out)) {
      gen.writeStartObject();
      gen.writeNumberField("format", FORMAT);
      gen.writeFieldName("body");
      mapper.writeValue(gen, body);
      gen.writeEndObject();
    } catch (IOException e) {
      throw new CodecException("cannot encode " + body.getClass().getSimpleName(), e);
    }
    return out.toByteArray();
  }

  /** Reads the format number, then binds the body with that format's records. */
  private <T> T open(byte[] bytes, Class<T> v1Body) {
    try (JsonParser p = mapper.createParser(bytes)) {
      expect(p.nextToken() == JsonToken.START_OBJECT && "format".equals(p.nextFieldName()), "a format header");
      int format = p.nextIntValue(-1);
      return switch (format) {
        case 1 -> {
          expect("body".equals(p.nextFieldName()) && p.nextToken() == JsonToken.START_OBJECT, "a body");
          yield mapper.readValue(p, v1Body);
        }
        default -> throw new CodecException("stored data has format " + format + "; this Umbra reads format 1");
      };
    } catch (IOException e) {
      throw new CodecException("cannot decode stored " + v1Body.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static void expect(boolean ok, String what) {
    if (!ok) throw new CodecException("stored data does not start with " + what);
  }

  /** For tests of single AST nodes: encode a {@code *V1} record with this codec's settings. */
  byte[] encodeValue(Object v1) {
    try {
      return mapper.writeValueAsBytes(v1);
    } catch (IOException e) {
      throw new CodecException("cannot encode", e);
    }
  }

  <T> T decodeValue(byte[] bytes, Class<T> type) {
    try {
      return mapper.readValue(bytes, type);
    } catch (IOException e) {
      throw new CodecException("cannot decode", e);
    }
  }
}
