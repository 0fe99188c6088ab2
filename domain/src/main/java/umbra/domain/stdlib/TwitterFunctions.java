package umbra.domain.stdlib;

import umbra.domain.value.Dval.DStr;

/** The Twitter module: the one pure helper left from Dark's Twitter integration. */
final class TwitterFunctions {
  private TwitterFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("Twitter::urlencode_v0", "s: Str -> Str", "Percent-encodes everything but RFC 3986 unreserved characters")
        .plain(a -> a.meter().str(DotNetUtf8.escapeDataString(a.str(0))));
  }
}
