package umbra.domain.stdlib;

/** The Int module of the standard library (to be filled in). */
final class IntFunctions {
  private IntFunctions() {}

  static void register(Registry.Builder r) {}
}
