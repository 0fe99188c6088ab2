package umbra.domain.stdlib;

/** The Result module of the standard library (to be filled in). */
final class ResultFunctions {
  private ResultFunctions() {}

  static void register(Registry.Builder r) {}
}
