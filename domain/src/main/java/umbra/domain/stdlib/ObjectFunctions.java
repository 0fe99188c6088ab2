package umbra.domain.stdlib;

/** The Object module of the standard library (to be filled in). */
final class ObjectFunctions {
  private ObjectFunctions() {}

  static void register(Registry.Builder r) {}
}
