package umbra.domain.stdlib;

/** The NoModule module of the standard library (to be filled in). */
final class NoModuleFunctions {
  private NoModuleFunctions() {}

  static void register(Registry.Builder r) {}
}
