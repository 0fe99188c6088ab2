package umbra.domain.stdlib;

/** The Json module of the standard library (to be filled in). */
final class JsonFunctions {
  private JsonFunctions() {}

  static void register(Registry.Builder r) {}
}
