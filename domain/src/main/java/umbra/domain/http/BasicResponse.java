package umbra.domain.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** An {@code HTTPBasic} handler's result as a response (backend.md 2.10): bytes or a redirect, nothing inferred. */
public final class BasicResponse {
  private BasicResponse() {}

  static final String NOT_BYTES = "Application error: the executed code did not result in a redirect or bytes response.";

  public static HttpResponse from(Dval result) {
    return switch (result) {
      case DRedirect r -> new HttpResponse(302, List.of(new Header("Location", r.url())), new byte[0]);
      case DResponse(long code, List<Dval.Header> hs, DBytes body) when code >= 100 && code <= 999 -> {
        var headers = new ArrayList<Header>(hs.size());
        for (Dval.Header h : hs) headers.add(new Header(h.name().toLowerCase(Locale.ROOT), h.value()));
        yield new HttpResponse((int) code, headers, body.bytes());
      }
      default -> HttpResponse.of(500, NOT_BYTES, Responses.TEXT);
    };
  }
}
