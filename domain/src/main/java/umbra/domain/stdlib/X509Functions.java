package umbra.domain.stdlib;

/** The X509 module of the standard library (to be filled in). */
final class X509Functions {
  private X509Functions() {}

  static void register(Registry.Builder r) {}
}
