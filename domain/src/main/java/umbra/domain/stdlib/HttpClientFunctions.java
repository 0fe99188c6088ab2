package umbra.domain.stdlib;

/** The HttpClient module of the standard library (to be filled in). */
final class HttpClientFunctions {
  private HttpClientFunctions() {}

  static void register(Registry.Builder r) {}
}
