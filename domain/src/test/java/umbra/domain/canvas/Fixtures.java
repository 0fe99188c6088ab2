package umbra.domain.canvas;

import java.util.List;
import java.util.Optional;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;

/** Small builders so each test states only what matters to it. */
final class Fixtures {
  static final Position ORIGIN = new Position(0, 0);
  static final HandlerSpec.Ids IDS = new HandlerSpec.Ids(1, 2, 3);

  private Fixtures() {}

  static Toplevel.Handler http(long tlid, String route, String method, long body) {
    return new Toplevel.Handler(tlid, ORIGIN, new Expr.EInteger(100, body), new HandlerSpec.Http(route, method, IDS));
  }

  static Op.SetHandler setHttp(long tlid, String route, long body) {
    return new Op.SetHandler(tlid, ORIGIN, http(tlid, route, "GET", body));
  }

  static Toplevel.UserFn fn(long tlid, String name) {
    return new Toplevel.UserFn(tlid, name, 7, List.of(new Toplevel.UserFn.Param("a", 8, Optional.empty(), 9, "")),
        DType.INT, 10, "doc", false, new Expr.EVariable(11, "a"));
  }

  static Toplevel.UserType type(long tlid, String name) {
    return new Toplevel.UserType(tlid, name, 5, 0,
        List.of(new Toplevel.UserType.Field("f", Optional.of(DType.STR), 6, 7)));
  }

  static Canvas replay(List<Op> ops) {
    return ok(OpApplication.replay(Canvas.empty(), List.of(), ops));
  }

  static <T> T ok(Checked<T> checked) {
    return switch (checked) {
      case Checked.Ok<T> o -> o.value();
      case Checked.Rejected<T> r -> throw new AssertionError("rejected: " + r.reason());
    };
  }

  static String reason(Checked<?> checked) {
    return switch (checked) {
      case Checked.Ok<?> o -> throw new AssertionError("expected a rejection, got " + o.value());
      case Checked.Rejected<?> r -> r.reason();
    };
  }
}
