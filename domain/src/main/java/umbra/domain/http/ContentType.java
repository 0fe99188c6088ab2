package umbra.domain.http;

/** A request's media type as the legacy middleware understands it (backend.md 2.2). */
public enum ContentType {
  JSON, FORM, XML, TEXT, HTML, UNKNOWN;

  /**
   * Only a bare media type, or one followed by a {@code charset=} part, is recognised, by exact
   * match; anything else ({@code boundary=...}, three parts) is unknown.
   */
  public static ContentType parse(String header) {
    if (header == null) return UNKNOWN;
    String[] parts = header.split(";");
    if (parts.length > 2) return UNKNOWN;
    if (parts.length == 2 && !parts[1].trim().startsWith("charset=")) return UNKNOWN;
    return switch (parts.length == 0 ? "" : parts[0].trim()) {
      case "application/json" -> JSON;
      case "application/x-www-form-urlencoded" -> FORM;
      case "application/xml" -> XML;
      case "text/plain" -> TEXT;
      case "text/html" -> HTML;
      default -> UNKNOWN;
    };
  }
}
