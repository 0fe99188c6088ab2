package umbra.app.httpclient;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The in-process server Dark's HTTP client tests talk to (test-format.md 3), standing in for
 * Dark's Kestrel test server: a raw-socket HTTP/1.1 server on 127.0.0.1 (ephemeral port, one
 * thread per connection, keep-alive, {@code Connection: close}, chunked request bodies) that
 * loads every test file of one version folder before any test runs, so redirects can point at
 * other tests.
 *
 * <p>A request for {@code /<version>/<testname>[/...]} is compared with the file's
 * {@code [expected-request]}: the line {@code METHOD path?query protocol} (the file's
 * {@code PATH} stands for the received path, without the query, which the file spells out), the
 * headers and the body bytes. Headers on both sides are merged per name (case-insensitively,
 * keeping the first spelling, values joined with {@code ,}, as Kestrel's header dictionary did)
 * without {@code Content-Length}, then compared as a map with exact names and values. Header
 * names Kestrel knows (Accept, Host, Content-Type, ...) reached Dark's code in their standard
 * spelling whatever the client sent, so received names of those are canonicalised; any other
 * name must match the file's spelling exactly. {@code Host: HOST} is this server's
 * {@code 127.0.0.1:<port>}, {@code RANDOM_BYTES} in a body the 256 bytes 0..255.
 *
 * <p>On a match it answers the file's {@code [response]} the way Dark's handler on Kestrel did:
 * the status from the status line's second word; the headers one value per name (the last
 * wins), known names in Kestrel's spelling; {@code Content-Length: LENGTH} the body length;
 * {@code Date} (real unless the file sets one) and {@code Server: Kestrel} always;
 * {@code Content-Encoding: gzip|deflate|br} compresses the body (deflate is raw deflate, as
 * .NET's DeflateStream wrote; brotli is written as uncompressed meta-blocks, a valid brotli
 * stream, since no brotli encoder is available to Java here); a {@code Content-Type} containing
 * {@code charset=iso-8859-1}, {@code charset=latin1} or {@code us-ascii} (case-sensitive, as
 * Dark's server checked) transcodes the UTF-8 body to Latin-1; without a Content-Length the
 * body is chunked; a 304 sends no body, a HEAD response none either. A mismatch gets 400 with a
 * JSON description of the difference, an unknown test 404 {@code intentionally not found}.
 *
 * <p>Files are split as Dark's {@code Http.split} did, including its quirk that a last header
 * line with no line end is dropped (v5/request-form-simple's {@code Content-Length: 0}).
 */
final class ClientTestServer implements Closeable {
  private static final Pattern FILE = Pattern.compile(
      "^(\\[expected-request\\]\\n(.*)\\n)\\[response\\]\\n(.*)\\n\\n\\[test\\]\\n(.*)$", Pattern.DOTALL);
  private static final byte[] RANDOM_BYTES_TOKEN = "RANDOM_BYTES".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NOT_FOUND = "intentionally not found".getBytes(StandardCharsets.UTF_8);
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  /** Request headers Kestrel stores under its own spelling (its HttpRequestHeaders known headers). */
  private static final Map<String, String> KNOWN_REQUEST = canonical(List.of(
      "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Access-Control-Request-Headers",
      "Access-Control-Request-Method", "Allow", "Authorization", "Baggage", "Cache-Control", "Connection",
      "Content-Encoding", "Content-Language", "Content-Length", "Content-Location", "Content-MD5", "Content-Range",
      "Content-Type", "Cookie", "Correlation-Context", "Date", "Expect", "Expires", "From", "Grpc-Accept-Encoding",
      "Grpc-Encoding", "Grpc-Timeout", "Host", "If-Match", "If-Modified-Since", "If-None-Match", "If-Range",
      "If-Unmodified-Since", "Keep-Alive", "Last-Modified", "Max-Forwards", "Origin", "Pragma",
      "Proxy-Authorization", "Range", "Referer", "Request-Id", "TE", "traceparent", "tracestate", "Trailer",
      "Transfer-Encoding", "Translate", "Upgrade", "Upgrade-Insecure-Requests", "User-Agent", "Via", "Warning"));

  /** Response headers Kestrel writes under its own spelling, in the order it writes them; others follow as set. */
  private static final Map<String, String> KNOWN_RESPONSE = canonical(List.of(
      "Content-Length", "Connection", "Content-Type", "Date", "Server", "Accept-Ranges",
      "Access-Control-Allow-Credentials", "Access-Control-Allow-Headers", "Access-Control-Allow-Methods",
      "Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "Access-Control-Max-Age", "Age", "Allow",
      "Alt-Svc", "Cache-Control", "Content-Encoding", "Content-Language", "Content-Location", "Content-MD5",
      "Content-Range", "ETag", "Expires", "Grpc-Encoding", "Grpc-Message", "Grpc-Status", "Keep-Alive",
      "Last-Modified", "Location", "Pragma", "Proxy-Authenticate", "Proxy-Connection", "Retry-After", "Set-Cookie",
      "Trailer", "Transfer-Encoding", "Upgrade", "Vary", "Via", "Warning", "WWW-Authenticate"));

  /** One split message: status line, headers in order, body. */
  record Message(String status, List<Map.Entry<String, String>> headers, byte[] body) {}

  /** A loaded test file. {@code expected} still has {@code PATH} in its status line and {@code HOST} unresolved. */
  record TestFile(String name, Message expected, Message response, String code) {}

  /** What the server saw for a test: the last request and, when it did not match, why. */
  record Seen(String request, Optional<String> mismatch) {}

  private final String version;
  private final Map<String, TestFile> tests;
  private final ServerSocket serverSocket;
  private final Thread acceptor;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();
  private final ObjectMapper json = new ObjectMapper();
  private volatile boolean closed;

  private ClientTestServer(String version, Map<String, TestFile> tests) throws IOException {
    this.version = version;
    this.tests = tests;
    this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = Thread.ofPlatform().daemon().name("client-test-server-" + version).unstarted(this::acceptLoop);
  }

  /** Loads every {@code *.test} file of {@code dir} (a version folder) and starts listening. */
  static ClientTestServer start(String version, Path dir) throws IOException {
    var tests = new TreeMap<String, TestFile>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".test")).sorted().toList()) {
        String file = p.getFileName().toString();
        String name = (file.startsWith("_") ? file.substring(1) : file);
        name = name.substring(0, name.length() - ".test".length());
        tests.put(name, parse(name, Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    var server = new ClientTestServer(version, tests);
    server.acceptor.start();
    return server;
  }

  int port() { return serverSocket.getLocalPort(); }

  /** What {@code Host: HOST} stands for. */
  String host() { return "127.0.0.1:" + port(); }

  Map<String, TestFile> tests() { return tests; }

  /** The last request received for a test since {@link #forget}, if any. */
  Optional<Seen> seen(String testName) { return Optional.ofNullable(seen.get(testName)); }

  void forget(String testName) { seen.remove(testName); }

  // ---- test files ----

  static TestFile parse(String name, String content) {
    Matcher m = FILE.matcher(content);
    if (!m.matches()) throw new IllegalArgumentException("incorrect format: " + name);
    Message expected = split(headersToCrlf(m.group(2).getBytes(StandardCharsets.UTF_8)));
    expected = new Message(expected.status(), expected.headers(), randomBytes(expected.body()));
    Message response = split(headersToCrlf(m.group(3).getBytes(StandardCharsets.UTF_8)));
    byte[] body = randomBytes(response.body());
    response = new Message(response.status(), lengths(response.headers(), body.length), body);
    return new TestFile(name, expected, response, m.group(4));
  }

  /** Dark's setHeadersToCRLF: every LF up to and including the first empty line becomes CRLF. */
  static byte[] headersToCrlf(byte[] text) {
    var out = new ByteArrayOutputStream(text.length + 32);
    boolean justSawNewline = false;
    boolean inBody = false;
    for (byte b : text) {
      if (!inBody && b == '\n') {
        if (justSawNewline) inBody = true;
        justSawNewline = true;
        out.write('\r');
        out.write('\n');
      } else {
        justSawNewline = false;
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  /**
   * Dark's Http.split: the status line, then header lines up to an empty one, then the body. A
   * line with no CRLF after it reads as empty (so a last header line without one is lost).
   */
  static Message split(byte[] bytes) {
    int pos = 0;
    int end = indexOfCrlf(bytes, pos);
    String status = end < 0 ? "" : new String(bytes, 0, end, StandardCharsets.UTF_8);
    pos = end < 0 ? bytes.length : end + 2;
    var headers = new ArrayList<Map.Entry<String, String>>();
    while (true) {
      end = indexOfCrlf(bytes, pos);
      if (end < 0) {
        pos = bytes.length;
        break;
      }
      if (end == pos) {
        pos += 2;
        break;
      }
      String line = new String(bytes, pos, end - pos, StandardCharsets.UTF_8);
      int colon = line.indexOf(':');
      if (colon < 0) throw new IllegalArgumentException("not a valid header: " + line);
      headers.add(Map.entry(line.substring(0, colon), line.substring(colon + 1).stripLeading()));
      pos = end + 2;
    }
    return new Message(status, headers, Arrays.copyOfRange(bytes, pos, bytes.length));
  }

  private static int indexOfCrlf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) if (bytes[i] == '\r' && bytes[i + 1] == '\n') return i;
    return -1;
  }

  private static byte[] randomBytes(byte[] body) {
    var out = new ByteArrayOutputStream(body.length);
    int i = 0;
    while (i < body.length) {
      if (i + RANDOM_BYTES_TOKEN.length <= body.length
          && Arrays.equals(body, i, i + RANDOM_BYTES_TOKEN.length, RANDOM_BYTES_TOKEN, 0, RANDOM_BYTES_TOKEN.length)) {
        for (int b = 0; b < 256; b++) out.write(b);
        i += RANDOM_BYTES_TOKEN.length;
      } else {
        out.write(body[i++]);
      }
    }
    return out.toByteArray();
  }

  /** {@code Content-Length: LENGTH} becomes the body's length (Dark's normalizeHeaders). */
  private static List<Map.Entry<String, String>> lengths(List<Map.Entry<String, String>> headers, int length) {
    var out = new ArrayList<Map.Entry<String, String>>(headers.size());
    for (var h : headers) {
      boolean isLength = h.getKey().equalsIgnoreCase("Content-Length") && h.getValue().equals("LENGTH");
      out.add(isLength ? Map.entry(h.getKey(), Integer.toString(length)) : h);
    }
    return out;
  }

  // ---- serving ----

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = serverSocket.accept();
        connections.add(s);
        Thread t = Thread.ofPlatform().daemon().name("client-test-conn-" + version).unstarted(() -> serve(s));
        workers.add(t);
        t.start();
      } catch (IOException e) {
        if (closed) return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setSoTimeout(30_000);
      var in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (!closed) {
        Request request = readRequest(in, out);
        if (request == null) return;
        boolean close = request.wantsClose();
        out.write(respond(request, close));
        out.flush();
        if (close) return;
      }
    } catch (IOException | RuntimeException e) {
      // the client went away, timed out, or sent something unreadable: drop the connection
    } finally {
      connections.remove(socket);
      workers.remove(Thread.currentThread());
    }
  }

  private record Request(String method, String target, String protocol, List<Map.Entry<String, String>> headers,
      byte[] body) {
    Optional<String> header(String name) {
      return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    boolean wantsClose() {
      String connection = header("Connection").orElse("").toLowerCase(Locale.ROOT);
      if (protocol.equals("HTTP/1.0")) return !connection.contains("keep-alive");
      return connection.contains("close");
    }

    String path() {
      String t = target;
      if (t.startsWith("http://") || t.startsWith("https://")) {
        int slash = t.indexOf('/', t.indexOf("//") + 2);
        t = slash < 0 ? "/" : t.substring(slash);
      }
      int q = t.indexOf('?');
      return q < 0 ? t : t.substring(0, q);
    }

    String query() {
      int q = target.indexOf('?');
      return q < 0 ? "" : target.substring(q);
    }
  }

  /** Null at a clean end of the connection. */
  private static Request readRequest(InputStream in, OutputStream out) throws IOException {
    String line;
    do {
      line = readLine(in);
      if (line == null) return null;
    } while (line.isEmpty()); // tolerate stray CRLFs between requests
    String[] parts = line.split(" ");
    if (parts.length != 3) throw new IOException("bad request line: " + line);
    var headers = new ArrayList<Map.Entry<String, String>>();
    while (true) {
      String h = readLine(in);
      if (h == null) throw new EOFException("end of headers");
      if (h.isEmpty()) break;
      int colon = h.indexOf(':');
      if (colon <= 0) throw new IOException("bad header: " + h);
      headers.add(Map.entry(h.substring(0, colon), h.substring(colon + 1).strip()));
    }
    var request = new Request(parts[0], parts[1], parts[2], headers, new byte[0]);
    if (request.header("Expect").map(v -> v.equalsIgnoreCase("100-continue")).orElse(false)) {
      out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
    byte[] body;
    if (request.header("Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
      body = readChunked(in);
    } else {
      long length = request.header("Content-Length").map(v -> Long.parseLong(v.trim())).orElse(0L);
      body = in.readNBytes((int) length);
      if (body.length != length) throw new EOFException("body shorter than Content-Length");
    }
    return new Request(parts[0], parts[1], parts[2], headers, body);
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    var body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in);
      if (sizeLine == null) throw new EOFException("chunk size");
      int semi = sizeLine.indexOf(';');
      int size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
      if (size == 0) break;
      byte[] chunk = in.readNBytes(size);
      if (chunk.length != size) throw new EOFException("chunk");
      body.writeBytes(chunk);
      if (!"".equals(readLine(in))) throw new IOException("no CRLF after chunk");
    }
    while (true) { // trailers
      String t = readLine(in);
      if (t == null || t.isEmpty()) break;
    }
    return body.toByteArray();
  }

  /** A line without its CRLF (a bare LF is accepted too); null at end of stream before any byte. */
  private static String readLine(InputStream in) throws IOException {
    var line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
      if (line.size() > 64 * 1024) throw new IOException("line too long");
    }
    if (line.size() == 0) return null;
    throw new EOFException("unterminated line");
  }

  private byte[] respond(Request request, boolean close) throws IOException {
    String[] segments = request.path().split("/", -1);
    // segments: "", version, testname, ...
    TestFile test = segments.length >= 3 && segments[1].equals(version) ? tests.get(segments[2]) : null;
    if (test == null) {
      var headers = new ArrayList<Map.Entry<String, String>>();
      headers.add(Map.entry("Content-Length", Integer.toString(NOT_FOUND.length)));
      return write(request, 404, headers, NOT_FOUND, close, false);
    }
    Optional<String> mismatch = compare(request, test);
    seen.put(test.name(), new Seen(describe(request), mismatch));
    if (mismatch.isPresent()) {
      byte[] body = mismatch.get().getBytes(StandardCharsets.UTF_8);
      var headers = new ArrayList<Map.Entry<String, String>>();
      headers.add(Map.entry("Content-Type", "application/json; charset=utf-8"));
      headers.add(Map.entry("Content-Length", Integer.toString(body.length)));
      return write(request, 400, headers, body, close, false);
    }
    return answer(request, test.response(), close);
  }

  private static String describe(Request r) {
    var sb = new StringBuilder(r.method() + " " + r.target() + " " + r.protocol());
    for (var h : r.headers()) sb.append("\n").append(h.getKey()).append(": ").append(h.getValue());
    return sb.append("\n\n").append(new String(r.body(), StandardCharsets.UTF_8)).toString();
  }

  /** Empty when the request is the expected one, else a JSON description of the difference. */
  private Optional<String> compare(Request request, TestFile test) throws IOException {
    String actualStatus = request.method() + " " + request.path() + request.query() + " " + request.protocol();
    String expectedStatus = test.expected().status().replace("PATH", request.path());
    var expectedRaw = new ArrayList<Map.Entry<String, String>>();
    for (var h : test.expected().headers()) {
      boolean isHost = h.getKey().equalsIgnoreCase("Host") && h.getValue().equals("HOST");
      expectedRaw.add(isHost ? Map.entry(h.getKey(), host()) : h);
    }
    var actualRaw = new ArrayList<Map.Entry<String, String>>();
    for (var h : request.headers()) {
      actualRaw.add(Map.entry(KNOWN_REQUEST.getOrDefault(h.getKey().toLowerCase(Locale.ROOT), h.getKey()), h.getValue()));
    }
    Map<String, String> expectedHeaders = merged(expectedRaw);
    Map<String, String> actualHeaders = merged(actualRaw);
    byte[] expectedBody = test.expected().body();
    boolean statusOk = actualStatus.equals(expectedStatus);
    boolean headersOk = actualHeaders.equals(expectedHeaders);
    boolean bodyOk = Arrays.equals(request.body(), expectedBody);
    if (statusOk && headersOk && bodyOk) return Optional.empty();

    var diff = new LinkedHashMap<String, Object>();
    diff.put("error", "the request is not the expected one");
    if (!statusOk) diff.put("status", pair(expectedStatus, actualStatus));
    if (!headersOk) {
      var missing = new TreeMap<String, String>();
      var unexpected = new TreeMap<String, String>();
      var different = new TreeMap<String, Object>();
      expectedHeaders.forEach((k, v) -> {
        if (!actualHeaders.containsKey(k)) missing.put(k, v);
        else if (!actualHeaders.get(k).equals(v)) different.put(k, pair(v, actualHeaders.get(k)));
      });
      actualHeaders.forEach((k, v) -> {
        if (!expectedHeaders.containsKey(k)) unexpected.put(k, v);
      });
      var headers = new LinkedHashMap<String, Object>();
      headers.put("missing", missing);
      headers.put("unexpected", unexpected);
      headers.put("different", different);
      diff.put("headers", headers);
    }
    if (!bodyOk) {
      diff.put("body", pair(bodyText(expectedBody), bodyText(request.body())));
    }
    return Optional.of(json.writeValueAsString(diff));
  }

  private static Map<String, String> pair(String expected, String actual) {
    var m = new LinkedHashMap<String, String>();
    m.put("expected", expected);
    m.put("actual", actual);
    return m;
  }

  private static String bodyText(byte[] body) {
    var decoder = StandardCharsets.UTF_8.newDecoder();
    try {
      return decoder.decode(java.nio.ByteBuffer.wrap(body)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return "bytes " + Arrays.toString(body);
    }
  }

  /** Per name (case-insensitively, first spelling kept), values joined with {@code ,}; no Content-Length. */
  private static Map<String, String> merged(List<Map.Entry<String, String>> headers) {
    var spelling = new LinkedHashMap<String, String>();
    var values = new LinkedHashMap<String, String>();
    for (var h : headers) {
      String lower = h.getKey().toLowerCase(Locale.ROOT);
      if (lower.equals("content-length")) continue;
      spelling.putIfAbsent(lower, h.getKey());
      values.merge(lower, h.getValue(), (a, b) -> a + "," + b);
    }
    var out = new TreeMap<String, String>();
    values.forEach((lower, v) -> out.put(spelling.get(lower), v));
    return out;
  }

  private byte[] answer(Request request, Message response, boolean close) throws IOException {
    String[] words = response.status().split(" ");
    if (words.length < 2) throw new IllegalStateException("invalid status line: " + response.status());
    int status = Integer.parseInt(words[1]);
    String compression = null;
    boolean latin1 = false;
    var headers = new ArrayList<Map.Entry<String, String>>();
    for (var h : response.headers()) {
      String k = h.getKey();
      String v = h.getValue();
      if (k.equalsIgnoreCase("Content-Encoding")) {
        if (v.equals("deflate") || v.equals("br") || v.equals("gzip")) compression = v;
      } else if (k.equalsIgnoreCase("Content-Type")) {
        if (v.contains("charset=iso-8859-1") || v.contains("charset=latin1") || v.contains("us-ascii")) latin1 = true;
      }
      headers.removeIf(e -> e.getKey().equalsIgnoreCase(k)); // one value per name: the last wins
      headers.add(Map.entry(k, v));
    }
    byte[] data = response.body();
    if (latin1) data = new String(data, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
    boolean writesBody = compression != null || status != 304;
    if (compression != null) data = compress(compression, data);
    return write(request, status, headers, data, close, !writesBody);
  }

  /**
   * The bytes Kestrel would send: status line, Content-Length then Kestrel's known headers in its
   * order, then the others as set; Date and Server added; chunked when the body is written
   * without a Content-Length.
   */
  private static byte[] write(Request request, int status, List<Map.Entry<String, String>> set, byte[] body,
      boolean close, boolean noBodyWritten) {
    var known = new TreeMap<Integer, Map.Entry<String, String>>();
    var others = new ArrayList<Map.Entry<String, String>>();
    List<String> order = new ArrayList<>(KNOWN_RESPONSE.values());
    for (var h : set) {
      String canonical = KNOWN_RESPONSE.get(h.getKey().toLowerCase(Locale.ROOT));
      if (canonical != null) known.put(order.indexOf(canonical), Map.entry(canonical, h.getValue()));
      else others.add(h);
    }
    if (close) known.put(order.indexOf("Connection"), Map.entry("Connection", "close"));
    known.putIfAbsent(order.indexOf("Date"), Map.entry("Date", ZonedDateTime.now(ZoneOffset.UTC).format(HTTP_DATE)));
    known.putIfAbsent(order.indexOf("Server"), Map.entry("Server", "Kestrel"));
    boolean head = request.method().equals("HEAD");
    boolean bodyAllowed = !(status == 304 || status == 204 || status == 205 || (status >= 100 && status < 200));
    boolean hasLength = known.containsKey(order.indexOf("Content-Length"));
    boolean chunked = !hasLength && !head && bodyAllowed && !noBodyWritten
        && !known.containsKey(order.indexOf("Transfer-Encoding"));
    if (chunked) known.put(order.indexOf("Transfer-Encoding"), Map.entry("Transfer-Encoding", "chunked"));

    var out = new ByteArrayOutputStream(256 + body.length);
    out.writeBytes(("HTTP/1.1 " + status + " " + reason(status) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    for (var h : known.values()) header(out, h);
    for (var h : others) header(out, h);
    out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (head || !bodyAllowed || noBodyWritten) return out.toByteArray();
    if (chunked) {
      if (body.length > 0) {
        out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    } else {
      out.writeBytes(body);
    }
    return out.toByteArray();
  }

  private static void header(ByteArrayOutputStream out, Map.Entry<String, String> h) {
    // Kestrel writes header values as Latin-1 by default; non-Latin-1 characters become '?'
    out.writeBytes((h.getKey() + ": " + h.getValue() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
  }

  static byte[] compress(String algorithm, byte[] data) throws IOException {
    var out = new ByteArrayOutputStream();
    switch (algorithm) {
      case "gzip" -> {
        try (var gz = new GZIPOutputStream(out)) {
          gz.write(data);
        }
      }
      case "deflate" -> {
        try (var d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
          d.write(data);
        }
      }
      case "br" -> {
        return brotliStored(data);
      }
      default -> throw new IllegalArgumentException(algorithm);
    }
    return out.toByteArray();
  }

  /**
   * A valid brotli stream holding {@code data} in uncompressed meta-blocks (RFC 7932 9.2): window
   * bits 16, then per block of up to 64 KiB {@code ISLAST=0, MNIBBLES=4, MLEN-1, ISUNCOMPRESSED=1}
   * padded to a byte and the raw bytes, then an empty last meta-block.
   */
  static byte[] brotliStored(byte[] data) {
    var out = new ByteArrayOutputStream(data.length + 16);
    var bits = new BitWriter(out);
    bits.write(0, 1); // WBITS = 16
    for (int pos = 0; pos < data.length; pos += 65536) {
      int len = Math.min(65536, data.length - pos);
      bits.write(0, 1); // ISLAST
      bits.write(0, 2); // MNIBBLES = 4
      bits.write(len - 1, 16);
      bits.write(1, 1); // ISUNCOMPRESSED
      bits.flushByte();
      out.write(data, pos, len);
    }
    bits.write(1, 1); // ISLAST
    bits.write(1, 1); // ISLASTEMPTY
    bits.flushByte();
    return out.toByteArray();
  }

  private static final class BitWriter {
    private final ByteArrayOutputStream out;
    private int current;
    private int count;

    BitWriter(ByteArrayOutputStream out) { this.out = out; }

    void write(int value, int n) {
      for (int i = 0; i < n; i++) {
        current |= ((value >>> i) & 1) << count;
        if (++count == 8) flushByte();
      }
    }

    void flushByte() {
      if (count == 0) return;
      out.write(current);
      current = 0;
      count = 0;
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 100 -> "Continue";
      case 200 -> "OK";
      case 201 -> "Created";
      case 202 -> "Accepted";
      case 204 -> "No Content";
      case 300 -> "Multiple Choices";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 305 -> "Use Proxy";
      case 306 -> "Switch Proxy";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "";
    };
  }

  private static Map<String, String> canonical(List<String> names) {
    var map = new LinkedHashMap<String, String>();
    for (String n : names) map.put(n.toLowerCase(Locale.ROOT), n);
    return map;
  }

  /** Stops accepting, closes every open connection and waits briefly for the threads. */
  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket s : connections) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    try {
      acceptor.join(2000);
      for (Thread t : workers) t.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
