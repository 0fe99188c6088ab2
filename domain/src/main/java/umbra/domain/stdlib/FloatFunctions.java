package umbra.domain.stdlib;

/** The Float module of the standard library (to be filled in). */
final class FloatFunctions {
  private FloatFunctions() {}

  static void register(Registry.Builder r) {}
}
