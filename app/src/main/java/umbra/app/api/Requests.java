package umbra.app.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.util.Optional;
import umbra.handler.api.ApiAccess;
import umbra.handler.api.ApiResult;
import umbra.handler.api.Problem;
import umbra.handler.storage.Account;

/** What every route reads from a request: the caller, and the JSON body as a wire record. */
final class Requests {
  private final ApiAccess access;
  private final JsonMapper json;

  Requests(ApiAccess access, JsonMapper json) {
    this.access = access;
    this.json = json;
  }

  ApiResult<Account> caller(Context ctx) {
    return caller(Optional.ofNullable(ctx.header("Authorization")));
  }

  /** The caller named by an {@code Authorization} header's value. */
  ApiResult<Account> caller(Optional<String> authorization) {
    return access.authenticate(authorization);
  }

  /**
   * Malformed or incomplete JSON is a 400 naming the first problem, and so is a body of
   * {@code null} (Jackson reads it as no record at all); a body over the limit is a 413 (thrown by Javalin).
   */
  <T> ApiResult<T> body(Context ctx, Class<T> type) {
    byte[] bytes = ctx.bodyAsBytes();
    try {
      T value = json.readValue(bytes, type);
      if (value == null) return ApiResult.failed(Problem.BAD_REQUEST, "invalid JSON: the body must be an object, not null");
      return ApiResult.ok(value);
    } catch (JacksonException e) {
      return ApiResult.failed(Problem.BAD_REQUEST, "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (java.io.IOException e) {
      return ApiResult.failed(Problem.BAD_REQUEST, "cannot read the request body");
    }
  }
}
