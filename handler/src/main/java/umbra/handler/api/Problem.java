package umbra.handler.api;

/** Why the API refuses a request: the HTTP status and the stable {@code code} of the error body. */
public enum Problem {
  BAD_REQUEST(400, "bad_request"),
  UNAUTHORIZED(401, "unauthorized"),
  FORBIDDEN(403, "forbidden"),
  NOT_FOUND(404, "not_found"),
  CONFLICT(409, "conflict"),
  /** The request is understood but the canvas rules refuse it (backend.md 4.2, 4.3). */
  REJECTED(422, "rejected"),
  UNAVAILABLE(503, "unavailable");

  private final int status;
  private final String code;

  Problem(int status, String code) {
    this.status = status;
    this.code = code;
  }

  public int status() { return status; }

  public String code() { return code; }
}
