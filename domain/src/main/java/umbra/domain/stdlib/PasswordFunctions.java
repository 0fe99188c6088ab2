package umbra.domain.stdlib;

/** The Password module of the standard library (to be filled in). */
final class PasswordFunctions {
  private PasswordFunctions() {}

  static void register(Registry.Builder r) {}
}
