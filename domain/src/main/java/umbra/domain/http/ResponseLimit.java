package umbra.domain.http;

import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * The largest body a handler's response may have (Umbra's own limit; Dark had none). A handler
 * whose result would be a larger body gets a 500 naming the limit, and its trace records why, so
 * that one response cannot make the server build an array of gigabytes.
 *
 * <p>A legacy handler's result is only encoded (as pretty JSON or text) when {@link EncodedSize}'s
 * lower bound of the body, counted without encoding anything, is within the limit: a huge list, a
 * long string or a value that shares its parts many times over (and would print as a tree far
 * larger than its memory) is refused before a byte is written. Past that check the encoded body is
 * measured. What the bound does not count (escaped control characters, the digits of floats, the
 * text of errors and functions) can make the encoder build some times the limit at worst: a list of
 * floats such as {@code 0.30000000000000004}, counted 3 bytes each, prints 20.
 *
 * @param maxBodyBytes the largest body sent, in bytes
 */
public record ResponseLimit(long maxBodyBytes) {
  /** 64 MiB: far beyond any page or API answer, small enough that a few at once fit in the heap. */
  public static final ResponseLimit DEFAULT = new ResponseLimit(64L * 1024 * 1024);

  public ResponseLimit {
    if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive");
  }

  /** Why the response was refused, for the handler's author: in the 500's body and the trace. */
  public String message() {
    return "the response body is larger than the limit of " + maxBodyBytes + " bytes";
  }

  public boolean exceededBy(HttpResponse response) { return response.body().length > maxBodyBytes; }

  /**
   * Whether a legacy handler's result would surely be a body over the limit ({@link LegacyResponse}):
   * a response's body in the form its content type gives it, or the value itself as JSON; errors and
   * redirects get short fixed bodies.
   */
  public boolean surelyExceededBy(Dval result) {
    return switch (result) {
      case DResponse r -> over(r.body(), LegacyResponse.printsAsText(r) ? EncodedSize.Form.TEXT : EncodedSize.Form.JSON);
      case DRedirect r -> false;
      case DError e -> false;
      case DIncomplete i -> false;
      case DErrorRail r -> false;
      default -> over(result, EncodedSize.Form.JSON);
    };
  }

  private boolean over(Dval body, EncodedSize.Form form) {
    return EncodedSize.atLeast(body, form, maxBodyBytes) > maxBodyBytes;
  }
}
