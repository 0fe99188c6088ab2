package umbra.domain.stdlib;

import java.util.ArrayList;
import java.util.List;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * The Http module: values an HTTP handler returns to answer a request (backend.md 2.7, 2.9), and
 * the Set-Cookie header builders. The old {@code respond*} names are renames of {@code response*}.
 */
final class HttpFunctions {
  private HttpFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("Http::response_v0", "response: 'a, code: Int -> Response<'a>", "A response with this body and status code")
        .plain(a -> response(a.integer(1), List.of(), a.get(0)));
    r.fn("Http::responseWithHeaders_v0", "response: 'a, headers: Dict<Str>, code: Int -> Response<'a>",
            "A response with this body, headers and status code")
        .plain(a -> {
          long code = a.integer(2);
          a.meter().list(a.obj(1).size());
          var headers = new ArrayList<Header>();
          for (var h : a.obj(1).entrySet()) {
            if (!(h.getValue() instanceof DStr value)) throw Errors.fail(Errors.argumentWasnt("value", "a string", h.getValue()));
            headers.add(new Header(h.getKey(), value.value()));
          }
          return response(code, headers, a.get(0));
        });
    r.fn("Http::success_v0", "response: 'a -> Response<'a>", "A 200 response with this body")
        .plain(a -> response(200, List.of(), a.get(0)));
    withContentType(r, "Http::responseWithHtml_v0", "text/html");
    withContentType(r, "Http::responseWithText_v0", "text/plain");
    withContentType(r, "Http::responseWithJson_v0", "application/json");
    r.fn("Http::redirectTo_v0", "url: Str -> Response<'a>", "A 302 redirect to the URL")
        .plain(a -> new DRedirect(a.str(0)));
    r.fn("Http::badRequest_v0", "error: Str -> Response<'a>", "A 400 response whose body is the error message")
        .plain(a -> response(400, List.of(), new DStr(a.str(0))));
    r.fn("Http::notFound_v0", "-> Response<'a>", "A 404 response with a null body").plain(a -> response(404, List.of(), Dval.NULL));
    r.fn("Http::unauthorized_v0", "-> Response<'a>", "A 401 response with a null body").plain(a -> response(401, List.of(), Dval.NULL));
    r.fn("Http::forbidden_v0", "-> Response<'a>", "A 403 response with a null body").plain(a -> response(403, List.of(), Dval.NULL));

    r.alias("Http::respond_v0", "Http::response_v0", "RenamedTo Http::response_v0");
    r.alias("Http::respondWithHeaders_v0", "Http::responseWithHeaders_v0", "RenamedTo Http::responseWithHeaders_v0");
    r.alias("Http::respondWithHtml_v0", "Http::responseWithHtml_v0", "RenamedTo Http::responseWithHtml_v0");
    r.alias("Http::respondWithJson_v0", "Http::responseWithJson_v0", "RenamedTo Http::responseWithJson_v0");
    r.alias("Http::respondWithText_v0", "Http::responseWithText_v0", "RenamedTo Http::responseWithText_v0");

    SetCookie.register(r);
  }

  /** Content-Type without a charset: the server then picks the body format from the media type. */
  private static void withContentType(Registry.Builder r, String name, String contentType) {
    r.fn(name, "response: 'a, code: Int -> Response<'a>", "A response with Content-Type " + contentType)
        .plain(a -> response(a.integer(1), List.of(new Header("Content-Type", contentType)), a.get(0)));
  }

  private static Dval response(long code, List<Header> headers, Dval body) {
    return new DResponse(code, headers, body);
  }
}
