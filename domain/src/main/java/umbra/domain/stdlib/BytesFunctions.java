package umbra.domain.stdlib;

/** The Bytes module of the standard library (to be filled in). */
final class BytesFunctions {
  private BytesFunctions() {}

  static void register(Registry.Builder r) {}
}
