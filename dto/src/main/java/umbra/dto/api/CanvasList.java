package umbra.dto.api;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/canvases}: the canvases the caller owns or was granted, sorted by name. */
public record CanvasList(List<Summary> canvases) {
  /** {@code permission} is "read" or "read-write". */
  public record Summary(String name, String owner, String permission, Instant createdAt) {}
}
