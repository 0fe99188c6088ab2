package umbra.handler.api;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import umbra.domain.account.Permission;
import umbra.domain.canvas.Checked;
import umbra.dto.api.SecretNames;
import umbra.dto.api.SecretRequest;
import umbra.dto.api.SecretValueRequest;
import umbra.handler.storage.Account;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.Secret;

/**
 * A canvas's secrets (backend.md 8.2, 5.4 insert_secret / delete_secret). The API only ever sends
 * their names: a value goes in once and then only reaches the canvas's code.
 */
public final class SecretApi {
  /** A secret becomes a variable of that name in the canvas's code; the column holds 255 characters. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,254}");

  private final ApiAccess access;
  private final CanvasHandler canvases;
  private final Consumer<UUID> committed;

  /** @param committed told of each canvas whose secrets changed, once committed (this process's HTTP cache reloads it) */
  public SecretApi(ApiAccess access, CanvasHandler canvases, Consumer<UUID> committed) {
    this.access = access;
    this.canvases = canvases;
    this.committed = committed;
  }

  public ApiResult<SecretNames> list(Account account, String canvasName) {
    return access.canvas(account, canvasName, Permission.READ).map(g -> names(canvases.secrets(g.canvas().id())));
  }

  /** backend.md 5.4 insert_secret: a name the canvas has already is a conflict. */
  public ApiResult<SecretNames> insert(Account account, String canvasName, SecretRequest request) {
    if (!NAME.matcher(request.name()).matches()) return badName();
    if (!storable(request.value())) return badValue();
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g ->
        switch (canvases.insertSecret(g.canvas().id(), request.name(), request.value())) {
          case Checked.Ok<List<Secret>> ok -> ApiResult.ok(changed(g.canvas().id(), ok.value()));
          case Checked.Rejected<List<Secret>> r -> ApiResult.failed(Problem.CONFLICT, r.reason());
        });
  }

  /** Sets the secret, replacing the value it had if any, at once: handlers never run without it. */
  public ApiResult<SecretNames> put(Account account, String canvasName, String secretName, SecretValueRequest request) {
    if (!NAME.matcher(secretName).matches()) return badName();
    if (!storable(request.value())) return badValue();
    return access.canvas(account, canvasName, Permission.READ_WRITE)
        .map(g -> changed(g.canvas().id(), canvases.putSecret(g.canvas().id(), secretName, request.value())));
  }

  public ApiResult<SecretNames> delete(Account account, String canvasName, String secretName) {
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> {
      boolean exists = canvases.secrets(g.canvas().id()).stream().anyMatch(s -> s.name().equals(secretName));
      if (!exists) return ApiResult.failed(Problem.NOT_FOUND, "canvas '" + canvasName + "' has no secret " + secretName);
      return ApiResult.ok(changed(g.canvas().id(), canvases.deleteSecret(g.canvas().id(), secretName)));
    });
  }

  /**
   * PostgreSQL's text holds no NUL character, nor half of a UTF-16 surrogate pair (it has no
   * UTF-8 form); refused here, the value never reaches the database or its error messages.
   */
  static boolean storable(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0) return false;
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static ApiResult<SecretNames> badValue() {
    return ApiResult.failed(Problem.BAD_REQUEST, "a secret's value cannot hold a NUL character (\\u0000) or an unpaired "
        + "UTF-16 surrogate: the database cannot store it");
  }

  private static ApiResult<SecretNames> badName() {
    return ApiResult.failed(Problem.BAD_REQUEST, "a secret's name is a variable name: letters, digits and '_', "
        + "not starting with a digit, at most 255 characters");
  }

  private SecretNames changed(UUID canvasId, List<Secret> now) {
    committed.accept(canvasId);
    return names(now);
  }

  private static SecretNames names(List<Secret> secrets) {
    return new SecretNames(secrets.stream().map(Secret::name).toList());
  }
}
