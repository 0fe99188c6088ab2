package umbra.domain.stdlib;

/** The Aws module of the standard library (to be filled in). */
final class AwsFunctions {
  private AwsFunctions() {}

  static void register(Registry.Builder r) {}
}
