package umbra.domain.stdlib;

/** The Jwt module of the standard library (to be filled in). */
final class JwtFunctions {
  private JwtFunctions() {}

  static void register(Registry.Builder r) {}
}
