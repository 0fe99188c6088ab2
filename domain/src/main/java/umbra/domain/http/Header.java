package umbra.domain.http;

/** One HTTP header line, name as written (requests) or as it will be sent (responses). */
public record Header(String name, String value) {
  public Header {
    if (name == null || value == null) throw new IllegalArgumentException("a header needs a name and a value");
  }
}
