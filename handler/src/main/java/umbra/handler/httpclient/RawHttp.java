package umbra.handler.httpclient;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import umbra.domain.httpclient.HttpCall.RequestHeader;

/**
 * One HTTP/1.1 exchange over a socket, with byte-level control of the request (no header is
 * added but {@code Host} and {@code Content-Length}), the destination guard on the address
 * connected to, and the limits of {@link HttpClientConfig}. The body comes back as received
 * (still compressed); chunked and length-delimited framing are undone.
 */
final class RawHttp {
  private RawHttp() {}

  /** A response as it came. */
  record Hop(int code, String reason, List<RequestHeader> headers, byte[] body) {}

  /** The call was refused or failed before a response: the message is the user's. */
  static final class Failed extends Exception {
    Failed(String message) { super(message, null, false, false); }
  }

  static Hop exchange(String method, URI uri, List<RequestHeader> headers, byte[] body, HttpClientConfig config,
      Instant deadline) throws Failed {
    boolean tls = uri.getScheme().equalsIgnoreCase("https");
    String host = uri.getHost();
    if (host == null || host.isEmpty()) throw new Failed("Invalid URI");
    int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
    InetAddress address = resolve(host, config);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, config.connectTimeout().toMillis()));
      socket.setSoTimeout((int) Math.max(1, deadline.toEpochMilli() - System.currentTimeMillis()));
      Socket s = socket;
      if (tls) {
        var ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket, host, port, true);
        var params = ssl.getSSLParameters();
        params.setServerNames(List.of(new SNIHostName(host)));
        params.setEndpointIdentificationAlgorithm("HTTPS");
        ssl.setSSLParameters(params);
        ssl.startHandshake();
        s = ssl;
      }
      write(s.getOutputStream(), method, uri, host, port, tls, headers, body);
      return read(new BufferedInputStream(s.getInputStream()), method, config.maxResponseBytes());
    } catch (java.net.SocketTimeoutException e) {
      throw new Failed("Timeout");
    } catch (IOException e) {
      throw new Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private static InetAddress resolve(String host, HttpClientConfig config) throws Failed {
    InetAddress[] all;
    try {
      all = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (java.net.UnknownHostException e) {
      throw new Failed("Name or service not known (" + host + ")");
    }
    if (config.allowLocal()) return all[0];
    for (InetAddress a : all) {
      Optional<String> why = config.guard().apply(a);
      if (why.isPresent()) {
        throw new Failed("Umbra does not call " + host + ": it is " + why.get() + " (" + a.getHostAddress()
            + "); set UMBRA_HTTPCLIENT_ALLOW_LOCAL=true to allow local destinations");
      }
    }
    return all[0];
  }

  private static void write(OutputStream raw, String method, URI uri, String host, int port, boolean tls,
      List<RequestHeader> headers, byte[] body) throws IOException {
    var out = new ByteArrayOutputStream();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String target = uri.getRawQuery() == null || uri.getRawQuery().isEmpty() ? path : path + "?" + uri.getRawQuery();
    boolean defaultPort = tls ? port == 443 : port == 80;
    String hostHeader = (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + (defaultPort ? "" : ":" + port);
    var head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(hostHeader).append("\r\n");
    for (RequestHeader h : headers) head.append(h.name()).append(": ").append(h.value()).append("\r\n");
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(body);
    raw.write(out.toByteArray());
    raw.flush();
  }

  private static Hop read(InputStream in, String method, long maxBytes) throws IOException, Failed {
    String status = line(in);
    if (status == null) throw new Failed("The server closed the connection without answering");
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) throw new Failed("The server's answer is not HTTP");
    int code;
    try {
      code = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new Failed("The server's answer is not HTTP");
    }
    String reason = parts.length > 2 ? parts[2] : "";
    var headers = new ArrayList<RequestHeader>();
    String l;
    while ((l = line(in)) != null && !l.isEmpty()) {
      int colon = l.indexOf(':');
      if (colon <= 0) continue;
      headers.add(new RequestHeader(KnownHeaders.spelling(l.substring(0, colon).strip()), l.substring(colon + 1).strip()));
    }
    boolean noBody = method.equals("HEAD") || code == 204 || code == 304 || code / 100 == 1;
    byte[] body;
    if (noBody) {
      body = new byte[0];
    } else if (value(headers, "transfer-encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
      body = chunked(in, maxBytes);
    } else if (value(headers, "content-length").isPresent()) {
      long n;
      try {
        n = Long.parseLong(value(headers, "content-length").get().strip());
      } catch (NumberFormatException e) {
        throw new Failed("The server sent an invalid Content-Length");
      }
      if (n > maxBytes) throw new Failed("The response is larger than the limit of " + maxBytes + " bytes");
      body = in.readNBytes((int) n);
    } else {
      body = limited(in, maxBytes);
    }
    return new Hop(code, reason, headers, body);
  }

  static Optional<String> value(List<RequestHeader> headers, String name) {
    for (RequestHeader h : headers) {
      if (h.name().equalsIgnoreCase(name)) return Optional.of(h.value());
    }
    return Optional.empty();
  }

  private static byte[] chunked(InputStream in, long maxBytes) throws IOException, Failed {
    var out = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = line(in);
      if (sizeLine == null) break;
      int semi = sizeLine.indexOf(';');
      int size;
      try {
        size = Integer.parseInt((semi >= 0 ? sizeLine.substring(0, semi) : sizeLine).strip(), 16);
      } catch (NumberFormatException e) {
        throw new Failed("Unrecognized or bad HTTP Content or Transfer-Encoding");
      }
      if (size == 0) {
        while ((sizeLine = line(in)) != null && !sizeLine.isEmpty()) { } // trailers
        break;
      }
      if (out.size() + (long) size > maxBytes) throw new Failed("The response is larger than the limit of " + maxBytes + " bytes");
      out.writeBytes(in.readNBytes(size));
      line(in);
    }
    return out.toByteArray();
  }

  private static byte[] limited(InputStream in, long maxBytes) throws IOException, Failed {
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (body.length > maxBytes) throw new Failed("The response is larger than the limit of " + maxBytes + " bytes");
    return body;
  }

  /** A CRLF- (or LF-) terminated line as ISO-8859-1, null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    var sb = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') break;
      if (sb.length() > 65536) throw new IOException("a header line is too long");
      sb.append((char) c);
    }
    if (c == -1 && sb.isEmpty()) return null;
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == '\r') sb.setLength(n - 1);
    return sb.toString();
  }

  /** .NET's client spells the headers it knows its own way, whatever the server sent. */
  static final class KnownHeaders {
    private static final Map<String, String> SPELLING = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
      for (String h : List.of("Accept-Ranges", "Age", "Allow", "Alt-Svc", "Cache-Control", "Connection",
          "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length", "Content-Location",
          "Content-MD5", "Content-Range", "Content-Type", "Date", "ETag", "Expires", "Keep-Alive", "Last-Modified",
          "Location", "Pragma", "Proxy-Authenticate", "Proxy-Connection", "Retry-After", "Server", "Set-Cookie",
          "Trailer", "Transfer-Encoding", "Upgrade", "Vary", "Via", "Warning", "WWW-Authenticate",
          "Access-Control-Allow-Credentials", "Access-Control-Allow-Headers", "Access-Control-Allow-Methods",
          "Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "Access-Control-Max-Age",
          "Strict-Transport-Security", "X-Content-Type-Options", "X-Frame-Options", "X-Powered-By",
          "X-XSS-Protection", "Link", "Refresh", "P3P", "Public-Key-Pins")) {
        SPELLING.put(h, h);
      }
    }

    static String spelling(String name) { return SPELLING.getOrDefault(name, name); }
  }
}
