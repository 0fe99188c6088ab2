package umbra.domain.stdlib;

/** The Bool module of the standard library (to be filled in). */
final class BoolFunctions {
  private BoolFunctions() {}

  static void register(Registry.Builder r) {}
}
