package umbra.dto.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /api/v1/canvases/{canvas}/ops} (backend.md 5.4 add_op).
 *
 * @param opCtr grows with every request of a client; a request older than one already seen only
 *     applies the ops that are safe out of order
 * @param clientId one id per editor tab. Both null: a one-off request (a script, {@code umbra
 *     push}), applied as the latest, without a counter kept for it
 * @param expectedVersion the canvas {@code version} the client read (from the canvas load or the
 *     previous ops answer); when given and the canvas has changed since, nothing is applied and the
 *     answer is a 409 ({@code umbra push} always sends it). Absent: applied whatever the version
 */
public record AddOpsRequest(List<OpDto> ops, Optional<Long> opCtr, Optional<UUID> clientId,
    Optional<Long> expectedVersion) {

  /** A request without a version check. */
  public AddOpsRequest(List<OpDto> ops, Optional<Long> opCtr, Optional<UUID> clientId) {
    this(ops, opCtr, clientId, Optional.empty());
  }
}
