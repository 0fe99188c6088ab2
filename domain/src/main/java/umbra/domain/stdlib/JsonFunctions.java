package umbra.domain.stdlib;

import umbra.domain.stdlib.json.JsonToDval;
import umbra.domain.stdlib.json.JsonWriter;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * The JSON module, and also {@code Dict::toJSON} and {@code Object::toJSON}: JSON serialisation
 * lives here, next to the readers and writers of {@code umbra.domain.stdlib.json}, so the formats
 * the HTTP server and client share are defined in one place.
 */
final class JsonFunctions {
  private JsonFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("JSON::parse_v0", "json: Str -> 'a", "Parses JSON into plain values; invalid JSON is an error")
        .deprecated("ReplacedBy JSON::parse_v1")
        .plain(a -> switch (JsonToDval.unknownJsonV1(parsing(a))) {
          case JsonToDval.Ok ok -> ok.value();
          case JsonToDval.Invalid bad -> Dval.error(bad.message());
        });
    r.fn("JSON::parse_v1", "json: Str -> Result<'a, 'err>", "Parses JSON into plain values: Ok value, or Error message")
        .rail()
        .plain(a -> switch (JsonToDval.unknownJsonV1(parsing(a))) {
          case JsonToDval.Ok ok -> new DOk(ok.value());
          case JsonToDval.Invalid bad -> new DErr(new DStr(bad.message()));
        });
    r.fn("JSON::read_v0", "json: Str -> 'a",
            "Parses JSON, decoding Dark's legacy {type, value} objects; invalid JSON gives null")
        .deprecated("ReplacedBy JSON::read_v1")
        .plain(a -> JsonToDval.unknownJsonV0(parsing(a)).orElse(Dval.NULL));
    r.alias("JSON::read_v1", "JSON::parse_v0", "RenamedTo JSON::parse_v0");

    r.fn("Dict::toJSON_v0", "dict: Dict<'a> -> Str", "The Dict as pretty-printed JSON (Options and Results unwrapped)")
        .plain(a -> new DStr(JsonWriter.prettyMachine(a.as(0, DObj.class), a.meter())));
    r.fn("Object::toJSON_v0", "obj: Dict<'a> -> Str", "The Dict as Dark's legacy pretty JSON, with typed objects")
        .deprecated("ReplacedBy Object::toJSON_v1")
        .plain(a -> new DStr(JsonWriter.prettyResponseV0(a.as(0, DObj.class), a.meter())));
    r.alias("Object::toJSON_v1", "Dict::toJSON_v0", "RenamedTo Dict::toJSON_v0");
  }

  /**
   * The JSON text, its parse charged before it starts: JSON holds at most one value per two
   * characters ({@code 1,} or {@code []}), each charged as a list element.
   */
  private static String parsing(Args a) {
    a.meter().list(a.str(0).length() / 2 + 1);
    return a.str(0);
  }
}
