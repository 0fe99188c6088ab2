package umbra.domain.stdlib;

/** The Date module of the standard library (to be filled in). */
final class DateFunctions {
  private DateFunctions() {}

  static void register(Registry.Builder r) {}
}
