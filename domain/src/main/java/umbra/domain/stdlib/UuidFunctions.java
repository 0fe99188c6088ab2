package umbra.domain.stdlib;

/** The Uuid module of the standard library (to be filled in). */
final class UuidFunctions {
  private UuidFunctions() {}

  static void register(Registry.Builder r) {}
}
