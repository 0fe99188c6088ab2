package umbra.handler.httpclient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;
import umbra.domain.eval.EffectRequest;
import umbra.domain.httpclient.HttpCall;
import umbra.domain.httpclient.HttpCall.Content;
import umbra.domain.httpclient.HttpCall.Outcome;
import umbra.domain.httpclient.HttpCall.RequestHeader;
import umbra.domain.httpclient.QueryStrings;
import umbra.domain.value.Dval;
import umbra.handler.effects.EffectPerformer;

/**
 * Performs the {@code HttpClient::} calls of Dark code (outgoing HTTP) the way Dark's .NET client
 * did (backend {@code HttpClient.fs}): the code's headers over the defaults, userinfo as basic
 * auth, redirects followed by hand (keeping every hop's headers, POST with a body becoming GET),
 * compressed bodies undone, Latin-1 bodies read as text; with the destination guard and limits of
 * its {@link HttpClientConfig}.
 */
public final class HttpClientEffects implements EffectPerformer {
  private static final int MAX_REDIRECTS = 50;

  private final HttpClientConfig config;

  public HttpClientEffects(HttpClientConfig config) { this.config = config; }

  public HttpClientConfig config() { return config; }

  @Override
  public Optional<Dval> perform(EffectRequest request) {
    if (!(request.command() instanceof HttpCall call)) return Optional.empty();
    try {
      return Optional.of(call.answer(send(call)));
    } catch (InvalidContentType e) {
      return Optional.of(call.invalidContentType());
    }
  }

  private static final class InvalidContentType extends Exception {
    InvalidContentType() { super(null, null, false, false); }
  }

  private Outcome send(HttpCall call) throws InvalidContentType {
    Instant deadline = Instant.now().plus(config.totalTimeout());
    String url = call.url();
    String method = call.method();
    Content body = call.body();
    var params = call.query();
    var earlier = new ArrayList<RequestHeader>(); // the hops before, newest first
    for (int hop = 0; ; hop++) {
      if (hop > Math.min(MAX_REDIRECTS, config.maxRedirects())) return new Outcome.Failure("Too many redirects");
      // .NET read a bare path as a file: URI, which is not a protocol the client speaks
      if (url.startsWith("/")) return new Outcome.Failure("Unsupported protocol");
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        return new Outcome.Failure("Invalid URI");
      }
      if (!uri.isAbsolute()) return new Outcome.Failure("Invalid URI");
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) return new Outcome.Failure("Unsupported protocol");
      String query = QueryStrings.create(uri.getRawQuery() == null ? "" : uri.getRawQuery(), params);
      URI target;
      try {
        target = new URI(scheme + "://" + uri.getRawAuthority() + (uri.getRawPath() == null || uri.getRawPath().isEmpty()
            ? "/" : uri.getRawPath()) + (query.isEmpty() ? "" : "?" + query)).normalize(); // like .NET: no dot segments
      } catch (URISyntaxException e) {
        return new Outcome.Failure("Invalid URI");
      }
      var headers = new ArrayList<RequestHeader>();
      if (uri.getRawUserInfo() != null && !uri.getRawUserInfo().isEmpty()) {
        String info = URLDecoder.decode(uri.getRawUserInfo().replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!info.contains(":")) info = info + ":";
        headers.add(new RequestHeader("Authorization",
            "Basic " + Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8))));
      }
      Integer contentLength = null;
      // .NET: the content's own type first (none for an empty body), then the code's Content-Type
      String contentType = switch (body) {
        case Content.None n -> null;
        case Content.Text t -> "text/plain; charset=utf-8";
        case Content.Form f -> "application/x-www-form-urlencoded; charset=utf-8";
        case Content.FakeForm f -> "application/x-www-form-urlencoded";
      };
      for (RequestHeader h : call.headers()) {
        if (h.value().isEmpty()) continue;
        if (h.name().equalsIgnoreCase("content-type")) {
          contentType = mediaType(h.value());
          continue;
        }
        if (h.name().equalsIgnoreCase("content-length")) {
          try {
            contentLength = Integer.parseInt(h.value().strip());
          } catch (NumberFormatException e) {
            contentLength = null;
          }
          continue;
        }
        headers.removeIf(x -> x.name().equalsIgnoreCase(h.name()));
        headers.add(new RequestHeader(h.name(), h.value()));
      }
      if (contentType != null) headers.add(new RequestHeader("Content-Type", contentType));
      byte[] bytes = switch (body) {
        case Content.None n -> new byte[0];
        case Content.Text t -> truncated(t.text(), contentLength);
        case Content.Form f -> truncated(f.text(), contentLength);
        case Content.FakeForm f -> truncated(f.text(), contentLength);
      };
      RawHttp.Hop response;
      try {
        response = RawHttp.exchange(method, target, headers, bytes, config, deadline);
      } catch (RawHttp.Failed e) {
        return new Outcome.Failure(e.getMessage());
      }
      String statusLine = "HTTP/1.1 " + response.code() + " " + response.reason();
      Optional<String> location = RawHttp.value(response.headers(), "location");
      if (response.code() >= 300 && response.code() < 400 && location.isPresent() && !method.equals("DELETE")) {
        var hopHeaders = new ArrayList<RequestHeader>();
        hopHeaders.add(new RequestHeader(statusLine, ""));
        hopHeaders.addAll(response.headers());
        earlier.addAll(0, hopHeaders);
        try {
          url = uri.resolve(new URI(location.get().strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
          return new Outcome.Failure("Invalid URI");
        }
        boolean textBody = body instanceof Content.Text t && !t.text().isEmpty()
            || body instanceof Content.FakeForm f && !f.text().isEmpty();
        if (textBody) {
          if (method.equals("POST")) method = "GET";
          body = new Content.None();
        }
        params = List.of();
        continue;
      }
      byte[] decoded;
      String encoding = RawHttp.value(response.headers(), "content-encoding").orElse("").strip().toLowerCase(Locale.ROOT);
      try {
        decoded = switch (encoding) {
          case "" -> response.body();
          case "gzip" -> readAll(new GZIPInputStream(new ByteArrayInputStream(response.body())));
          case "deflate" -> readAll(new InflaterInputStream(new ByteArrayInputStream(response.body()), new Inflater(true)));
          case "br" -> readAll(new BrotliInputStream(new ByteArrayInputStream(response.body())));
          default -> null;
        };
      } catch (IOException e) {
        decoded = null;
      }
      if (decoded == null) return new Outcome.Failure("Unrecognized or bad HTTP Content or Transfer-Encoding");
      if (latin1(response.headers())) {
        decoded = new String(decoded, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
      }
      var all = new ArrayList<>(response.headers());
      all.addAll(earlier);
      return new Outcome.Response(response.code(), statusLine, all, decoded);
    }
  }

  private byte[] readAll(InputStream in) throws IOException {
    try (in) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxResponseBytes() + 1));
      if (out.length > config.maxResponseBytes()) throw new IOException("too large");
      return out;
    }
  }

  private static boolean latin1(List<RequestHeader> headers) {
    String ct = RawHttp.value(headers, "content-type").orElse("").toLowerCase(Locale.ROOT);
    int at = ct.indexOf("charset=");
    if (at < 0) return false;
    String charset = ct.substring(at + 8).split(";")[0].strip().replace("\"", "");
    return charset.equals("latin1") || charset.equals("us-ascii") || charset.equals("iso-8859-1")
        || charset.equals("iso_8859-1");
  }

  /** A string body, cut to the Content-Length the code set when that is shorter (in UTF-16 units, as .NET did). */
  private static byte[] truncated(String text, Integer contentLength) {
    String s = contentLength != null && contentLength >= 0 && contentLength < text.length()
        ? text.substring(0, contentLength) : text;
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** .NET's {@code MediaTypeHeaderValue.Parse(v).ToString()}: {@code type/subtype; name=value; ...}. */
  static String mediaType(String value) throws InvalidContentType {
    String[] parts = value.split(";", -1);
    String type = parts[0].strip();
    int slash = type.indexOf('/');
    if (slash <= 0 || slash == type.length() - 1 || !token(type.substring(0, slash)) || !token(type.substring(slash + 1))) {
      throw new InvalidContentType();
    }
    var out = new StringBuilder(type);
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.isEmpty()) continue;
      int eq = p.indexOf('=');
      String name = (eq < 0 ? p : p.substring(0, eq)).strip();
      if (!token(name)) throw new InvalidContentType();
      out.append("; ").append(name);
      if (eq >= 0) out.append('=').append(p.substring(eq + 1).strip());
    }
    return out.toString();
  }

  private static boolean token(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 32 || c >= 127 || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) return false;
    }
    return true;
  }
}
