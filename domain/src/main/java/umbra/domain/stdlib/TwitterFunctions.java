package umbra.domain.stdlib;

/** The Twitter module of the standard library (to be filled in). */
final class TwitterFunctions {
  private TwitterFunctions() {}

  static void register(Registry.Builder r) {}
}
