package umbra.domain.stdlib;

/** The Tuple module of the standard library (to be filled in). */
final class TupleFunctions {
  private TupleFunctions() {}

  static void register(Registry.Builder r) {}
}
