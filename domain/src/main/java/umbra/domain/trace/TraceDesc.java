package umbra.domain.trace;

/**
 * What a stored trace input belongs to (backend.md 0 "desc", 3.2): for HTTP the module, the
 * sanitised concrete request path and the method as received ({@code HEAD} stays {@code HEAD}).
 */
public record TraceDesc(String module, String path, String modifier) {
  public TraceDesc {
    if (module == null || path == null || modifier == null) throw new IllegalArgumentException("incomplete desc");
  }
}
