package umbra.dto.api;

/**
 * The body of every error the API answers: <code>{"error": {"code": "forbidden", "message": "..."}}</code>.
 *
 * @param error {@code code} is stable, for programs; {@code message} is one sentence for people
 */
public record ErrorResponse(Error error) {
  public record Error(String code, String message) {}

  public static ErrorResponse of(String code, String message) {
    return new ErrorResponse(new Error(code, message));
  }
}
