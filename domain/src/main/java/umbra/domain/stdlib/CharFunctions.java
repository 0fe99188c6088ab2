package umbra.domain.stdlib;

/** The Char module of the standard library (to be filled in). */
final class CharFunctions {
  private CharFunctions() {}

  static void register(Registry.Builder r) {}
}
