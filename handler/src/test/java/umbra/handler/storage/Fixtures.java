package umbra.handler.storage;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.handler.storage.codec.StorageCodec;

/** Accounts, canvases and ops for storage tests; names are unique within a test database. */
final class Fixtures {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  static final Position POS = new Position(10, 20);
  static final HandlerSpec.Ids IDS = new HandlerSpec.Ids(1, 2, 3);

  private Fixtures() {}

  static String uniqueName(String prefix) {
    return prefix + COUNTER.incrementAndGet();
  }

  static Account account(Database db, String name) {
    var created = new AccountHandler(db.jdbi(), new SecureRandom()).createAccount(name);
    return ((AccountHandler.Creation.Created) created).account();
  }

  /** A new account and its canvas {@code <account>-<suffix>}. */
  static CanvasInfo canvas(Database db) {
    Account owner = account(db, uniqueName("owner"));
    var opened = new CanvasHandler(db.jdbi(), new StorageCodec()).open(owner.username() + "-main");
    return ((Checked.Ok<CanvasInfo>) opened).value();
  }

  static Toplevel.Handler http(long tlid, String route, long body) {
    return new Toplevel.Handler(tlid, POS, new Expr.EInteger(tlid * 1000, body), new HandlerSpec.Http(route, "GET", IDS));
  }

  static Op setHttp(long tlid, String route, long body) {
    return new Op.SetHandler(tlid, POS, http(tlid, route, body));
  }

  static Toplevel.UserFn fn(long tlid, String name) {
    return new Toplevel.UserFn(tlid, name, 7, List.of(new Toplevel.UserFn.Param("a", 8, Optional.of(DType.INT), 9, "")),
        DType.INT, 10, "", false, new Expr.EVariable(11, "a"));
  }
}
