package umbra.domain.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A response as the middleware decided it: status, headers in the order they are applied (a
 * later header replaces an earlier one of the same name, backend.md 2.7), body bytes. The server
 * turns it into a {@link WireResponse}.
 */
public record HttpResponse(int status, List<Header> headers, byte[] body) {
  public static final String TEXT_PLAIN = "text/plain; charset=utf-8";
  public static final String APPLICATION_JSON = "application/json; charset=utf-8";

  public HttpResponse {
    headers = List.copyOf(headers);
  }

  public static HttpResponse of(int status, String body, Header... headers) {
    return new HttpResponse(status, List.of(headers), body.getBytes(StandardCharsets.UTF_8));
  }

  /** The same response with {@code header} applied before the existing ones (so they win). */
  public HttpResponse withFirst(Header header) {
    var hs = new ArrayList<Header>(headers.size() + 1);
    hs.add(header);
    hs.addAll(headers);
    return new HttpResponse(status, hs, body);
  }
}
