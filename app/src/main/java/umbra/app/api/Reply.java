package umbra.app.api;

import io.javalin.http.Context;
import umbra.dto.api.ErrorResponse;
import umbra.handler.api.ApiResult;
import umbra.handler.api.Problem;

/** Writes an {@link ApiResult}: its value as JSON with the success status, or the one error shape. */
final class Reply {
  private Reply() {}

  static void send(Context ctx, ApiResult<?> result, int okStatus) {
    switch (result) {
      case ApiResult.Ok<?> ok -> ctx.status(okStatus).json(ok.value());
      case ApiResult.Failed<?> f -> error(ctx, f.problem(), f.message());
    }
  }

  static void send(Context ctx, ApiResult<?> result) {
    send(ctx, result, 200);
  }

  /** A success without a body. */
  static void noContent(Context ctx, ApiResult<?> result) {
    switch (result) {
      case ApiResult.Ok<?> ok -> ctx.status(204);
      case ApiResult.Failed<?> f -> error(ctx, f.problem(), f.message());
    }
  }

  static void error(Context ctx, Problem problem, String message) {
    error(ctx, problem.status(), problem.code(), message);
  }

  static void error(Context ctx, int status, String code, String message) {
    ctx.status(status).json(ErrorResponse.of(code, message));
  }

  /** The stable code of an error the web server answers (Javalin's or Jetty's own, not a route's {@link Problem}). */
  static String code(int status) {
    return switch (status) {
      case 400 -> Problem.BAD_REQUEST.code();
      case 401 -> Problem.UNAUTHORIZED.code();
      case 403 -> Problem.FORBIDDEN.code();
      case 404 -> Problem.NOT_FOUND.code();
      case 405 -> "method_not_allowed";
      case 408 -> "request_timeout";
      case 413 -> "payload_too_large";
      case 431 -> "headers_too_large";
      default -> "http_" + status;
    };
  }
}
