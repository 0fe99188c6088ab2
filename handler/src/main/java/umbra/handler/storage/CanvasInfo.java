package umbra.handler.storage;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code canvases}: which canvas, whose, since when. */
public record CanvasInfo(UUID id, UUID ownerId, String name, Instant createdAt) {}
