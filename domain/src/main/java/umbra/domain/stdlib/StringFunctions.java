package umbra.domain.stdlib;

/** The String module of the standard library (to be filled in). */
final class StringFunctions {
  private StringFunctions() {}

  static void register(Registry.Builder r) {}
}
