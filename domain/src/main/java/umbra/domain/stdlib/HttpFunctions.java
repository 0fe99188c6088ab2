package umbra.domain.stdlib;

/** The Http module of the standard library (to be filled in). */
final class HttpFunctions {
  private HttpFunctions() {}

  static void register(Registry.Builder r) {}
}
