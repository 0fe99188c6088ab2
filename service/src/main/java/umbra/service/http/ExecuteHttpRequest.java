package umbra.service.http;

import java.util.Objects;
import java.util.UUID;
import umbra.domain.http.IncomingRequest;

/**
 * Serve one request on one canvas (backend.md 1.2 steps 4-8).
 *
 * @param canvas the canvas snapshot the request runs against
 * @param request the request as received
 * @param traceId the id the execution is traced under (a fresh random UUID per request, 3.4)
 * @param executionId the id of this request in logs, sent as {@code x-darklang-execution-id}
 */
public record ExecuteHttpRequest(HttpCanvas canvas, IncomingRequest request, UUID traceId, String executionId) {
  public ExecuteHttpRequest {
    Objects.requireNonNull(canvas, "canvas");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(traceId, "traceId");
    if (executionId == null || executionId.isBlank() || !executionId.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      throw new IllegalArgumentException("an execution id is visible ASCII");
    }
  }
}
