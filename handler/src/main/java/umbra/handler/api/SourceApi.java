package umbra.handler.api;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.account.Permission;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Toplevel;
import umbra.domain.canvas.text.CanvasFile;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.canvas.text.PushPlan;
import umbra.domain.canvas.text.ToplevelSource;
import umbra.domain.syntax.Parsed;
import umbra.domain.syntax.SourcePosition;
import umbra.dto.api.AddOpsRequest;
import umbra.dto.api.SourceDtos;
import umbra.dto.api.ToplevelsDto;
import umbra.handler.storage.Account;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasLoader;

/**
 * The editor's text of one toplevel ({@link ToplevelSource}) and saving such a section: read with
 * {@link CanvasText}, turned into ops by {@link PushPlan} as a push would, and added through
 * {@link CanvasApi#addOps}, so a save is an ordinary add-ops (savepoint first, so an undo reverts it).
 */
public final class SourceApi {
  private final ApiAccess access;
  private final CanvasHandler canvases;
  private final CanvasLoader loader;
  private final CanvasApi canvasApi;
  private final FreshIds freshIds = new FreshIds();

  public SourceApi(ApiAccess access, CanvasHandler canvases, CanvasLoader loader, CanvasApi canvasApi) {
    this.access = access;
    this.canvases = canvases;
    this.loader = loader;
    this.canvasApi = canvasApi;
  }

  public ApiResult<SourceDtos.Source> source(Account account, String canvasName, long tlid) {
    return access.canvas(account, canvasName, Permission.READ).then(g -> {
      // the version first, as the canvas load reads it: a save made on this text never overwrites a newer change
      long version = canvases.version(g.canvas().id());
      return live(loader.loadAll(g.canvas().id()), canvasName, tlid).map(tl -> source(tl, version));
    });
  }

  /** Brings the toplevel to the section's state; the section must keep its kind (a handler stays a handler). */
  public ApiResult<SourceDtos.Saved> change(Account account, String canvasName, long tlid, SourceDtos.SourceRequest request) {
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> {
      long version = canvases.version(g.canvas().id());
      Canvas current = loader.loadAll(g.canvas().id());
      return live(current, canvasName, tlid).then(old -> switch (section(request.text(), current)) {
        case Section.Invalid invalid -> ApiResult.ok(refused(invalid.error()));
        case Section.Read read when read.toplevel().getClass() != old.getClass() -> ApiResult.ok(refused(new SourceDtos.TextError(1, 1,
            "a save cannot change a toplevel's kind (handler, function, datastore or type); add a new toplevel instead")));
        case Section.Read read -> {
          List<Op> ops = PushPlan.edit(old, read.toplevel());
          yield ops.isEmpty() ? ApiResult.ok(new SourceDtos.Saved(Optional.empty(), Optional.of(source(old, version)), List.of()))
              : save(account, canvasName, tlid, ops, request.expectedVersion());
        }
      });
    });
  }

  /** Adds the toplevel the section describes, placed below the others. */
  public ApiResult<SourceDtos.Saved> add(Account account, String canvasName, SourceDtos.SourceRequest request) {
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> {
      Canvas current = loader.loadAll(g.canvas().id());
      return switch (section(request.text(), current)) {
        case Section.Invalid invalid -> ApiResult.ok(refused(invalid.error()));
        case Section.Read read -> save(account, canvasName, read.toplevel().tlid(), PushPlan.add(current, read.toplevel()),
            request.expectedVersion());
      };
    });
  }

  private ApiResult<SourceDtos.Saved> save(Account account, String canvasName, long tlid, List<Op> ops, Optional<Long> expectedVersion) {
    var request = new AddOpsRequest(ops.stream().map(OpWire::dto).toList(), Optional.empty(), Optional.empty(), expectedVersion);
    return canvasApi.addOps(account, canvasName, request).then(applied -> applied.toplevels().stream()
        .filter(t -> t.tlid() == tlid).findFirst().map(ToplevelWire::domain)
        .map(tl -> ApiResult.ok(saved(tl, applied)))
        .orElseGet(() -> ApiResult.failed(Problem.REJECTED, "the save did not leave toplevel " + Long.toUnsignedString(tlid) + " live")));
  }

  private static SourceDtos.Saved saved(Toplevel tl, ToplevelsDto applied) {
    ToplevelSource source = ToplevelSource.of(tl);
    List<SourceDtos.Warning> warnings = applied.warnings().stream().filter(w -> w.tlid() == tl.tlid())
        .map(w -> {
          SourcePosition at = source.positions().getOrDefault(w.exprId(), new SourcePosition(1, 1));
          return new SourceDtos.Warning(at.line(), at.column(), w.message());
        }).toList();
    return new SourceDtos.Saved(Optional.empty(), Optional.of(dto(tl.tlid(), source, applied.version())), warnings);
  }

  private static SourceDtos.Saved refused(SourceDtos.TextError error) {
    return new SourceDtos.Saved(Optional.of(error), Optional.empty(), List.of());
  }

  private static ApiResult<Toplevel> live(Canvas canvas, String canvasName, long tlid) {
    return canvas.live().stream().filter(tl -> tl.tlid() == tlid).findFirst().map(ApiResult::ok)
        .orElseGet(() -> ApiResult.failed(Problem.NOT_FOUND, "canvas '" + canvasName + "' has no live toplevel " + Long.toUnsignedString(tlid)));
  }

  /** A text read as one section, or why it is not one. */
  private sealed interface Section {
    record Read(Toplevel toplevel) implements Section {}

    record Invalid(SourceDtos.TextError error) implements Section {}
  }

  private Section section(String text, Canvas current) {
    CanvasFile file;
    switch (CanvasText.read(text, freshIds.firstFor(current))) {
      case Parsed.Ok<CanvasFile> ok -> file = ok.value();
      case Parsed.Failed<CanvasFile> failed -> {
        return new Section.Invalid(new SourceDtos.TextError(failed.error().line(), failed.error().column(), failed.error().message()));
      }
    }
    if (!file.tests().isEmpty()) {
      return new Section.Invalid(new SourceDtos.TextError(file.tests().getFirst().line(), 1,
          "a toplevel's text cannot hold a [test] section; keep tests in a canvas file (umbra test)"));
    }
    List<Toplevel> toplevels = file.canvas().live().stream().sorted(Comparator.comparingLong(Toplevel::tlid)).toList();
    if (toplevels.isEmpty()) {
      return new Section.Invalid(new SourceDtos.TextError(1, 1, "the text needs its section header first, like [http-handler GET /path]"));
    }
    if (toplevels.size() > 1) {
      SourcePosition second = file.positions().getOrDefault(toplevels.get(1).tlid(), new SourcePosition(1, 1));
      return new Section.Invalid(new SourceDtos.TextError(second.line(), second.column(),
          "one toplevel at a time: a second section starts here; add it as a new toplevel"));
    }
    return new Section.Read(toplevels.getFirst());
  }

  private static SourceDtos.Source source(Toplevel tl, long version) {
    return dto(tl.tlid(), ToplevelSource.of(tl), version);
  }

  private static SourceDtos.Source dto(long tlid, ToplevelSource source, long version) {
    List<SourceDtos.Call> calls = source.calls().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(c -> new SourceDtos.Call(Long.toUnsignedString(c.getKey()), c.getValue().fnName(),
            c.getValue().args().stream().map(Long::toUnsignedString).toList()))
        .toList();
    return new SourceDtos.Source(tlid, source.text(), places(source.positions().keySet(), source),
        places(source.lineExprs().values(), source), calls, version);
  }

  /** The expressions in the order they are written. */
  private static List<SourceDtos.ExprAt> places(Collection<Long> ids, ToplevelSource source) {
    Comparator<SourceDtos.ExprAt> written = Comparator.comparingInt(SourceDtos.ExprAt::line)
        .thenComparingInt(SourceDtos.ExprAt::column).thenComparing(SourceDtos.ExprAt::id);
    return ids.stream().map(id -> {
      SourcePosition at = source.positions().get(id);
      return new SourceDtos.ExprAt(Long.toUnsignedString(id), at.line(), at.column());
    }).sorted(written).toList();
  }
}
