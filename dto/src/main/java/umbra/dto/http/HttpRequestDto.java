package umbra.dto.http;

import java.util.List;

/**
 * A request as the web server read it, for the canvas HTTP handler.
 *
 * @param method the method verbatim
 * @param scheme the connection's scheme ({@code http} behind a TLS-terminating proxy)
 * @param target the request target as sent ({@code /path?query}), decoded from its bytes as UTF-8
 * @param headers in received order, names as sent
 * @param body the body bytes read; empty when {@code bodyProblem} is not {@link BodyProblem#NONE}
 * @param bodyProblem why the body could not be read
 */
public record HttpRequestDto(String method, String scheme, String target, List<HeaderDto> headers, byte[] body,
    BodyProblem bodyProblem) {

  public enum BodyProblem {
    NONE,
    /** The body is larger than the server accepts (declared or counted). */
    TOO_LARGE,
    /** The body stopped arriving before it was complete. */
    TIMED_OUT,
    /** A chunk's size line is not hex digits ended by CRLF (Kestrel: "Bad chunk size data."). */
    BAD_CHUNK
  }

  public HttpRequestDto {
    headers = List.copyOf(headers);
  }
}
