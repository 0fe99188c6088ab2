package umbra.domain.stdlib;

/** The Option module of the standard library (to be filled in). */
final class OptionFunctions {
  private OptionFunctions() {}

  static void register(Registry.Builder r) {}
}
