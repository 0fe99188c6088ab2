package umbra.dto.api;

/** {@code GET /api/v1/health} when the server and its database answer. */
public record HealthResponse(String status, String database) {}
