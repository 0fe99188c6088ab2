package umbra.handler.api;

import java.util.Locale;
import java.util.Optional;
import umbra.domain.account.CanvasName;
import umbra.domain.account.Permission;
import umbra.domain.canvas.Checked;
import umbra.handler.storage.Account;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;

/**
 * Who is asking and what they may do (backend.md 5.2, with bearer tokens instead of sessions):
 * no or an unknown token is a 401, an invalid canvas name a 404, too little permission a 403.
 */
public final class ApiAccess {
  /** A canvas the caller may use, and how. */
  public record Granted(Account account, CanvasInfo canvas, Permission permission) {}

  private static final String BEARER = "bearer ";

  private final AccountHandler accounts;
  private final CanvasHandler canvases;

  public ApiAccess(AccountHandler accounts, CanvasHandler canvases) {
    this.accounts = accounts;
    this.canvases = canvases;
  }

  /** @param authorization the request's {@code Authorization} header, if it has one */
  public ApiResult<Account> authenticate(Optional<String> authorization) {
    if (authorization.isEmpty()) {
      return ApiResult.failed(Problem.UNAUTHORIZED, "send an API token: Authorization: Bearer <token>");
    }
    String header = authorization.get().strip();
    if (!header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
      return ApiResult.failed(Problem.UNAUTHORIZED, "the Authorization header must be 'Bearer <token>'");
    }
    return accounts.authenticate(header.substring(BEARER.length()).strip())
        .<ApiResult<Account>>map(ApiResult::ok)
        .orElse(ApiResult.failed(Problem.UNAUTHORIZED, "unknown or revoked API token"));
  }

  /** Opens the canvas (creating it on first use, backend.md 4.6) if {@code account} may do {@code needed} on it. */
  public ApiResult<Granted> canvas(Account account, String canvasName, Permission needed) {
    Optional<String> invalid = CanvasName.reject(canvasName);
    if (invalid.isPresent()) return ApiResult.failed(Problem.NOT_FOUND, invalid.get());
    Optional<Permission> permission = accounts.permission(account, canvasName);
    if (permission.isEmpty()) {
      return ApiResult.failed(Problem.FORBIDDEN, account.username() + " has no access to canvas '" + canvasName + "'");
    }
    if (!permission.get().allows(needed)) {
      return ApiResult.failed(Problem.FORBIDDEN, account.username() + " may only read canvas '" + canvasName + "'");
    }
    return switch (canvases.open(canvasName)) {
      case Checked.Ok<CanvasInfo> ok -> ApiResult.ok(new Granted(account, ok.value(), permission.get()));
      case Checked.Rejected<CanvasInfo> r -> ApiResult.failed(Problem.NOT_FOUND, r.reason());
    };
  }

  /** The permission as the API writes it. */
  public static String name(Permission p) {
    return switch (p) {
      case READ -> "read";
      case READ_WRITE -> "read-write";
    };
  }
}
