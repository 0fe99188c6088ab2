package umbra.app.bwd;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import umbra.dto.http.HttpRequestDto.BodyProblem;

/**
 * Reads a request body within the limits of backend.md 1.1: at most {@code max} bytes, and no
 * pause longer than {@code timeout} while it arrives.
 */
final class RequestBody {
  record Read(byte[] bytes, BodyProblem problem) {}

  private static final byte[] NONE = new byte[0];

  private RequestBody() {}

  static Read read(Request request, long max, Duration timeout) throws InterruptedException {
    long declared = request.getLength();
    if (declared > max) return new Read(NONE, BodyProblem.TOO_LARGE);
    if (declared == 0) return new Read(NONE, BodyProblem.NONE);
    var out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
    while (true) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        var arrived = new CountDownLatch(1);
        request.demand(arrived::countDown);
        if (!arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) return new Read(NONE, BodyProblem.TIMED_OUT);
        continue;
      }
      if (Content.Chunk.isFailure(chunk)) return new Read(NONE, problem(request));
      try {
        ByteBuffer buffer = chunk.getByteBuffer();
        if (out.size() + (long) buffer.remaining() > max) return new Read(NONE, BodyProblem.TOO_LARGE);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        out.writeBytes(bytes);
      } finally {
        chunk.release();
      }
      if (chunk.isLast()) return new Read(out.toByteArray(), BodyProblem.NONE);
    }
  }

  /**
   * A chunk size line Jetty could not read is Kestrel's "Bad chunk size data." (backend.md 1.10);
   * any other failure (an idle timeout, the client leaving) is a body that stopped arriving.
   */
  private static BodyProblem problem(Request request) {
    return CanvasConnections.badChunkSize(request) ? BodyProblem.BAD_CHUNK : BodyProblem.TIMED_OUT;
  }
}
