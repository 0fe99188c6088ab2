package umbra.dto.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/canvases/{canvas}}: the editor's initial load (backend.md 5.4
 * initial_load): every toplevel, deleted ones included, the caller's permission, the names of the
 * canvas's secrets (never their values) and each client's op counter.
 *
 * @param version the canvas's version: how many requests have changed its toplevels; send it back
 *     as an ops request's {@code expectedVersion} to apply the ops only to what was read here
 */
public record CanvasDto(String name, String permission, Instant createdAt, List<ToplevelDto> toplevels,
    List<ToplevelDto> deletedToplevels, List<String> secrets, List<OpCounter> opCounters, long version) {

  /** The highest {@code opCtr} the server has seen from {@code clientId} (backend.md 5.4 step 1). */
  public record OpCounter(UUID clientId, long counter) {}
}
