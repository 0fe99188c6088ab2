package umbra.handler.api;

import java.util.List;
import java.util.Optional;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.CronInterval;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.canvas.text.TypeText;
import umbra.domain.syntax.DType;
import umbra.dto.api.HandlerSpecDto;
import umbra.dto.api.ToplevelDto;

/** Toplevels between the domain and the wire; types travel in {@link TypeText}'s notation. */
public final class ToplevelWire {
  private ToplevelWire() {}

  /** A canvas as the initial load sends it: live toplevels, then deleted ones. */
  public static Canvas canvas(List<ToplevelDto> live, List<ToplevelDto> deleted) {
    Canvas c = Canvas.empty();
    for (ToplevelDto tl : live) c = c.withLoaded(domain(tl), false);
    for (ToplevelDto tl : deleted) c = c.withLoaded(domain(tl), true);
    return c;
  }

  public static ToplevelDto dto(Toplevel tl) {
    return switch (tl) {
      case Toplevel.Handler h -> dto(h);
      case Toplevel.Db db -> new ToplevelDto.Db(db.tlid(), dto(db.pos()), db.name(), db.nameId(), db.version(),
          db.cols().stream().map(c -> new ToplevelDto.Db.Column(c.name(), c.type().map(TypeText::print), c.nameId(), c.typeId()))
              .toList());
      case Toplevel.UserFn f -> dto(f);
      case Toplevel.UserType t -> dto(t);
    };
  }

  public static Toplevel domain(ToplevelDto tl) {
    return switch (tl) {
      case ToplevelDto.Handler h -> domain(h);
      case ToplevelDto.Db db -> new Toplevel.Db(db.tlid(), domain(db.pos()), db.name(), db.nameId(), db.version(),
          db.columns().stream().map(c -> new Toplevel.Db.Column(c.name(), c.type().map(ToplevelWire::type), c.nameId(), c.typeId()))
              .toList());
      case ToplevelDto.Function f -> domain(f);
      case ToplevelDto.Type t -> domain(t);
    };
  }

  static ToplevelDto.Handler dto(Toplevel.Handler h) {
    return new ToplevelDto.Handler(h.tlid(), dto(h.pos()), dto(h.spec()), ExprWire.dto(h.ast()));
  }

  static Toplevel.Handler domain(ToplevelDto.Handler h) {
    return new Toplevel.Handler(h.tlid(), domain(h.pos()), ExprWire.domain(h.ast()), domain(h.spec()));
  }

  static ToplevelDto.Function dto(Toplevel.UserFn f) {
    return new ToplevelDto.Function(f.tlid(), f.name(), f.nameId(),
        f.params().stream().map(p -> new ToplevelDto.Function.Parameter(p.name(), p.nameId(), p.type().map(TypeText::print),
            p.typeId(), p.description())).toList(),
        TypeText.print(f.returnType()), f.returnTypeId(), f.description(), f.infix(), ExprWire.dto(f.body()));
  }

  static Toplevel.UserFn domain(ToplevelDto.Function f) {
    return new Toplevel.UserFn(f.tlid(), f.name(), f.nameId(),
        f.parameters().stream().map(p -> new Toplevel.UserFn.Param(p.name(), p.nameId(), p.type().map(ToplevelWire::type),
            p.typeId(), p.description())).toList(),
        type(f.returnType()), f.returnTypeId(), f.description(), f.infix(), ExprWire.domain(f.body()));
  }

  static ToplevelDto.Type dto(Toplevel.UserType t) {
    return new ToplevelDto.Type(t.tlid(), t.name(), t.nameId(), t.version(), t.fields().stream()
        .map(f -> new ToplevelDto.Type.Field(f.name(), f.type().map(TypeText::print), f.nameId(), f.typeId())).toList());
  }

  static Toplevel.UserType domain(ToplevelDto.Type t) {
    return new Toplevel.UserType(t.tlid(), t.name(), t.nameId(), t.version(), t.fields().stream()
        .map(f -> new Toplevel.UserType.Field(f.name(), f.type().map(ToplevelWire::type), f.nameId(), f.typeId())).toList());
  }

  static ToplevelDto.Position dto(Position p) { return new ToplevelDto.Position(p.x(), p.y()); }

  static Position domain(ToplevelDto.Position p) { return new Position(p.x(), p.y()); }

  private static HandlerSpecDto dto(HandlerSpec spec) {
    var ids = new HandlerSpecDto.Ids(spec.ids().moduleId(), spec.ids().nameId(), spec.ids().modifierId());
    return switch (spec) {
      case HandlerSpec.Http h -> new HandlerSpecDto.Http(h.route(), h.method(), ids);
      case HandlerSpec.HttpBasic h -> new HandlerSpecDto.HttpBasic(h.route(), h.method(), ids);
      case HandlerSpec.Worker w -> new HandlerSpecDto.Worker(w.name(), ids);
      case HandlerSpec.OldWorker w -> new HandlerSpecDto.OldWorker(w.module(), w.name(), ids);
      case HandlerSpec.Cron c -> new HandlerSpecDto.Cron(c.name(), c.interval().map(CronInterval::text), ids);
      case HandlerSpec.Repl r -> new HandlerSpecDto.Repl(r.name(), ids);
      case HandlerSpec.UnknownHandler u -> new HandlerSpecDto.Unknown(u.name(), u.modifier(), ids);
    };
  }

  private static HandlerSpec domain(HandlerSpecDto spec) {
    return switch (spec) {
      case HandlerSpecDto.Http h -> new HandlerSpec.Http(h.route(), h.method(), ids(h.ids()));
      case HandlerSpecDto.HttpBasic h -> new HandlerSpec.HttpBasic(h.route(), h.method(), ids(h.ids()));
      case HandlerSpecDto.Worker w -> new HandlerSpec.Worker(w.name(), ids(w.ids()));
      case HandlerSpecDto.OldWorker w -> new HandlerSpec.OldWorker(w.module(), w.name(), ids(w.ids()));
      case HandlerSpecDto.Cron c -> new HandlerSpec.Cron(c.name(), c.interval().map(ToplevelWire::interval), ids(c.ids()));
      case HandlerSpecDto.Repl r -> new HandlerSpec.Repl(r.name(), ids(r.ids()));
      case HandlerSpecDto.Unknown u -> new HandlerSpec.UnknownHandler(u.name(), u.modifier(), ids(u.ids()));
    };
  }

  private static HandlerSpec.Ids ids(HandlerSpecDto.Ids ids) {
    return new HandlerSpec.Ids(ids.moduleId(), ids.nameId(), ids.modifierId());
  }

  private static CronInterval interval(String text) {
    return CronInterval.parse(text).orElseThrow(() -> new WireException("unknown cron interval '" + text
        + "' (Daily, Weekly, Fortnightly, Every 1hr, Every 12hrs or Every 1min)"));
  }

  private static DType type(String text) {
    Optional<DType> t = TypeText.parse(text);
    return t.orElseThrow(() -> new WireException("cannot read the type '" + text + "' (e.g. Int, List<Str>, 'a, Person@1)"));
  }
}
