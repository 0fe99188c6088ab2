package umbra.domain.stdlib;

import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Meter;

/**
 * The pure part of the HttpClient module: header Dicts to pass to the request functions
 * (which live with the HTTP client, as they are effects).
 */
final class HttpClientFunctions {
  private HttpClientFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("HttpClient::formContentType_v0", "-> Dict<Str>", "Content-Type header for form-encoded bodies")
        .plain(a -> header("Content-Type", "application/x-www-form-urlencoded"));
    r.fn("HttpClient::jsonContentType_v0", "-> Dict<Str>", "Content-Type header for JSON bodies")
        .plain(a -> header("Content-Type", "application/json; charset=utf-8"));
    r.fn("HttpClient::plainTextContentType_v0", "-> Dict<Str>", "Content-Type header for plain text bodies")
        .plain(a -> header("Content-Type", "text/plain; charset=utf-8"));
    r.fn("HttpClient::htmlContentType_v0", "-> Dict<Str>", "Content-Type header for HTML bodies")
        .plain(a -> header("Content-Type", "text/html; charset=utf-8"));
    r.fn("HttpClient::bearerToken_v0", "token: Str -> Dict<Str>", "Authorization header for a bearer token")
        .deprecated("ReplacedBy HttpClient::bearerToken_v1")
        .plain(HttpClientFunctions::bearer);
    r.fn("HttpClient::bearerToken_v1", "token: Str -> Dict<Str>", "Authorization header for a bearer token")
        .plain(HttpClientFunctions::bearer);
    r.fn("HttpClient::basicAuth_v0", "username: Str, password: Str -> Dict<Str>", "Authorization header for HTTP basic auth")
        .deprecated("ReplacedBy HttpClient::basicAuth_v1")
        .plain(a -> basicAuth(a.meter(), a.str(0), a.str(1), false));
    r.fn("HttpClient::basicAuth_v1", "username: Str, password: Str -> Dict<Str>", "Authorization header for HTTP basic auth")
        .plain(a -> basicAuth(a.meter(), a.str(0), a.str(1), true));
  }

  /** The token copied into the header's text, charged. */
  private static Dval bearer(Args a) {
    a.meter().text(a.str(0).length());
    return header("Authorization", "Bearer " + a.str(0));
  }

  private static Dval header(String name, String value) {
    return new DObj(new TreeMap<>(Map.of(name, new DStr(value))));
  }

  /**
   * {@code Basic base64(user:password)}. v0 encodes each part as UTF-8; v1 took FSharpPlus's
   * {@code toBytes}, which keeps only the low byte of each UTF-16 unit (the same for ASCII).
   * A hyphen in the user name was refused by both. The header, about twice as long as the two,
   * is charged before it is built.
   */
  private static Dval basicAuth(Meter meter, String user, String password, boolean lowBytes) {
    meter.text(2L * (user.length() + password.length()) + 1);
    if (user.contains("-")) throw Errors.fail("Username cannot contain a hyphen");
    byte[] bytes;
    if (lowBytes) {
      String joined = user + ":" + password;
      bytes = new byte[joined.length()];
      for (int i = 0; i < joined.length(); i++) bytes[i] = (byte) joined.charAt(i);
    } else {
      var out = new java.io.ByteArrayOutputStream();
      out.writeBytes(DotNetUtf8.bytes(user));
      out.write(':');
      out.writeBytes(DotNetUtf8.bytes(password));
      bytes = out.toByteArray();
    }
    return header("Authorization", "Basic " + Base64.getEncoder().encodeToString(bytes));
  }
}
