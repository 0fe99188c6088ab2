package umbra.service.http;

import java.util.Objects;
import java.util.UUID;
import umbra.domain.eval.Cancellation;
import umbra.domain.http.IncomingRequest;

/**
 * Serve one request on one canvas (backend.md 1.2 steps 4-8).
 *
 * @param canvas the canvas snapshot the request runs against
 * @param request the request as received
 * @param traceId the id the execution is traced under (a fresh random UUID per request, 3.4)
 * @param executionId the id of this request in logs, sent as {@code x-darklang-execution-id}
 * @param cancellation stops the handler early (its time is up, its client left)
 */
public record ExecuteHttpRequest(HttpCanvas canvas, IncomingRequest request, UUID traceId, String executionId,
    Cancellation cancellation) {
  public ExecuteHttpRequest {
    Objects.requireNonNull(canvas, "canvas");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(traceId, "traceId");
    Objects.requireNonNull(cancellation, "cancellation");
    if (executionId == null || executionId.isBlank() || !executionId.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      throw new IllegalArgumentException("an execution id is visible ASCII");
    }
  }
}
