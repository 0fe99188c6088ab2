package umbra.domain.stdlib;

/** The List module of the standard library (to be filled in). */
final class ListFunctions {
  private ListFunctions() {}

  static void register(Registry.Builder r) {}
}
