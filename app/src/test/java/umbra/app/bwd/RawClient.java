package umbra.app.bwd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Speaks HTTP/1.1 over a plain socket, so tests see exactly the bytes the server sends. */
public final class RawClient {
  private RawClient() {}

  /** Sends {@code request} and reads until the response is complete, the server closes, or {@code timeoutMillis}. */
  public static String exchange(int port, String request, int timeoutMillis) throws IOException {
    return new String(exchange(port, request.getBytes(StandardCharsets.UTF_8), timeoutMillis), StandardCharsets.UTF_8);
  }

  static byte[] exchange(int port, byte[] request, int timeoutMillis) throws IOException {
    try (var socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(timeoutMillis);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      return readResponse(socket.getInputStream(), request.length >= 5 && new String(request, 0, 5, StandardCharsets.US_ASCII).equals("HEAD "));
    }
  }

  static byte[] readResponse(InputStream in, boolean head) throws IOException {
    var out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    while (!complete(out.toByteArray(), head)) {
      int n;
      try {
        n = in.read(buf);
      } catch (SocketTimeoutException e) {
        break;
      }
      if (n < 0) break;
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static boolean complete(byte[] sofar, boolean head) {
    int end = RawHttp.indexOf(sofar, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
    if (end < 0) return false;
    if (head) return true;
    for (var h : RawHttp.split(sofar).headers()) {
      if (h.getKey().equalsIgnoreCase("Content-Length")) return sofar.length - (end + 4) >= Long.parseLong(h.getValue().trim());
    }
    return false;
  }
}
