package umbra.handler.api;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import umbra.domain.account.Permission;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Toplevel;
import umbra.domain.canvas.lint.Lint;
import umbra.domain.stdlib.Registry;
import umbra.dto.api.AddOpsRequest;
import umbra.dto.api.CanvasDto;
import umbra.dto.api.CanvasList;
import umbra.dto.api.ToplevelDto;
import umbra.dto.api.ToplevelsDto;
import umbra.handler.storage.Account;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.Secret;
import umbra.handler.storage.VisibleCanvas;
import umbra.service.canvas.ApplyOpsOutcome;

/** The editor's canvas operations (backend.md 5.4): list, initial load, add ops, delete forever. */
public final class CanvasApi {
  private final ApiAccess access;
  private final CanvasHandler canvases;
  private final CanvasLoader loader;
  private final OpsHandler ops;
  private final Registry builtins;

  /** @param builtins the functions canvas code may call, for the warnings after an add-ops */
  public CanvasApi(ApiAccess access, CanvasHandler canvases, CanvasLoader loader, OpsHandler ops, Registry builtins) {
    this.access = access;
    this.canvases = canvases;
    this.loader = loader;
    this.ops = ops;
    this.builtins = builtins;
  }

  public CanvasList list(Account account) {
    return new CanvasList(canvases.visibleTo(account).stream().map(v -> summary(account, v)).toList());
  }

  private static CanvasList.Summary summary(Account account, VisibleCanvas v) {
    Permission p = Permission.of(account.username(), account.admin(), v.canvas().name(), v.grant()).orElseThrow();
    return new CanvasList.Summary(v.canvas().name(), v.owner(), ApiAccess.name(p), v.canvas().createdAt());
  }

  /** Every toplevel, deleted ones included, from the caches only (backend.md 4.5). */
  public ApiResult<CanvasDto> load(Account account, String canvasName) {
    return access.canvas(account, canvasName, Permission.READ).map(g -> {
      // the version first: the toplevels read after it are at least that new, so a push made on them
      // is at worst refused needlessly, never applied over a change it did not see
      long version = canvases.version(g.canvas().id());
      Canvas c = loader.loadAll(g.canvas().id());
      var counters = canvases.opCounters(g.canvas().id()).entrySet().stream()
          .map(e -> new CanvasDto.OpCounter(e.getKey(), e.getValue())).toList();
      return new CanvasDto(g.canvas().name(), ApiAccess.name(g.permission()), g.canvas().createdAt(),
          dtos(c.live()), dtos(c.deleted()), canvases.secrets(g.canvas().id()).stream().map(Secret::name).toList(), counters, version);
    });
  }

  /**
   * backend.md 5.4 add_op; a rule the ops break (4.2, 4.3) is a 422 with the editor's reason.
   * Applied ops come back with the {@link Lint} warnings of the whole canvas as it now is.
   */
  public ApiResult<ToplevelsDto> addOps(Account account, String canvasName, AddOpsRequest request) {
    if (request.opCtr().isEmpty() && request.clientId().isPresent()) {
      return ApiResult.failed(Problem.BAD_REQUEST, "a request with a clientId needs its opCtr");
    }
    List<Op> domainOps;
    try {
      domainOps = request.ops().stream().map(OpWire::domain).toList();
    } catch (WireException e) {
      return ApiResult.failed(Problem.BAD_REQUEST, e.getMessage());
    }
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> {
      OptionalLong expected = request.expectedVersion().map(OptionalLong::of).orElse(OptionalLong.empty());
      var outcome = request.clientId().isEmpty() ? ops.addOneOff(g.canvas().id(), domainOps, expected)
          : ops.addOps(g.canvas().id(), domainOps, request.opCtr().orElseThrow(), request.clientId().get(), expected);
      return switch (outcome) {
        case ApplyOpsOutcome.Rejected r -> ApiResult.failed(Problem.REJECTED, r.reason());
        case ApplyOpsOutcome.Stale s -> ApiResult.failed(Problem.CONFLICT, s.reason());
        case ApplyOpsOutcome.Applied a -> ApiResult.ok(new ToplevelsDto(dtos(a.canvas().live()), dtos(a.canvas().deleted()),
            warnings(g.canvas().id()), a.version()));
      };
    });
  }

  /** backend.md 5.4 delete-toplevel-forever: only a deleted toplevel can go for good. */
  public ApiResult<Long> deleteForever(Account account, String canvasName, String tlidText) {
    long tlid;
    try {
      tlid = Long.parseLong(tlidText);
    } catch (NumberFormatException e) {
      return ApiResult.failed(Problem.BAD_REQUEST, "'" + tlidText + "' is not a toplevel id");
    }
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> canvases.deleteForever(g.canvas().id(), tlid)
        ? ApiResult.ok(tlid)
        : ApiResult.failed(Problem.NOT_FOUND, "canvas '" + canvasName + "' has no deleted toplevel " + tlid
            + " (delete it first: only deleted toplevels can be deleted forever)"));
  }

  private List<ToplevelsDto.Warning> warnings(UUID canvasId) {
    List<String> secrets = canvases.secrets(canvasId).stream().map(Secret::name).toList();
    return Lint.of(loader.loadAll(canvasId), builtins, secrets).stream()
        .map(w -> new ToplevelsDto.Warning(w.tlid(), w.exprId(), w.message())).toList();
  }

  private static List<ToplevelDto> dtos(List<Toplevel> toplevels) {
    return toplevels.stream().sorted(Comparator.comparingLong(Toplevel::tlid)).map(ToplevelWire::dto).toList();
  }
}
