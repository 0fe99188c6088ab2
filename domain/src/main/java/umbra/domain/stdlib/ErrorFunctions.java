package umbra.domain.stdlib;

/** The Error module of the standard library (to be filled in). */
final class ErrorFunctions {
  private ErrorFunctions() {}

  static void register(Registry.Builder r) {}
}
