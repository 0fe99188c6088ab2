package umbra.domain.stdlib;

/** The Crypto module of the standard library (to be filled in). */
final class CryptoFunctions {
  private CryptoFunctions() {}

  static void register(Registry.Builder r) {}
}
