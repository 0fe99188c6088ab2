package umbra.domain.stdlib;

/** The Dict module of the standard library (to be filled in). */
final class DictFunctions {
  private DictFunctions() {}

  static void register(Registry.Builder r) {}
}
