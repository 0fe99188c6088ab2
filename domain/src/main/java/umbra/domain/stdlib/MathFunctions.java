package umbra.domain.stdlib;

/** The Math module of the standard library (to be filled in). */
final class MathFunctions {
  private MathFunctions() {}

  static void register(Registry.Builder r) {}
}
