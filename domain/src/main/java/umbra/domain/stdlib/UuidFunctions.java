package umbra.domain.stdlib;

import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DStr;

/** The Uuid module; a fresh UUID is randomness, so generating one is an effect the caller answers. */
final class UuidFunctions {
  private UuidFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("Uuid::generate_v0", "-> UUID", "A fresh random version 4 UUID").effect();
    r.fn("Uuid::parse_v0", "uuid: Str -> Result<UUID, Str>", "Parses a UUID")
        .rail().plain(a -> {
          a.meter().scanText(a.str(0).length());
          return Guids.parse(a.str(0))
              .<Dval>map(u -> new Dval.DOk(new Dval.DUuid(u)))
              .orElse(new Dval.DErr(new DStr(NOT_A_UUID)));
        });
  }

  /** Shared with {@code String::toUUID}, which also fails with it. */
  static final String NOT_A_UUID = "`uuid` parameter was not of form XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX";
}
