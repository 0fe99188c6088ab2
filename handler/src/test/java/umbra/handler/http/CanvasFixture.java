package umbra.handler.http;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Parser;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.Database;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.CanvasService;

/** A fresh canvas per test, edited through the real op path (so changes are announced like the editor's). */
final class CanvasFixture {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Position POS = new Position(0, 0);

  final CanvasInfo canvas;
  private final OpsHandler ops;
  private int opCtr = 1;

  CanvasFixture(Database db) {
    String owner = "owner" + COUNTER.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100000, 36);
    new AccountHandler(db.jdbi(), new SecureRandom()).createAccount(owner);
    var codec = new StorageCodec();
    this.canvas = ((Checked.Ok<CanvasInfo>) new CanvasHandler(db.jdbi(), codec).open(owner + "-app")).value();
    this.ops = new OpsHandler(db.jdbi(), new CanvasService(), codec);
  }

  String name() { return canvas.name(); }

  CanvasFixture http(long tlid, String method, String route, String code) {
    var spec = new HandlerSpec.Http(route, method, new HandlerSpec.Ids(tlid + 1, tlid + 2, tlid + 3));
    var handler = new Toplevel.Handler(tlid, POS, Parser.parseExpr(code, tlid * 100).orElseThrow(), spec);
    return apply(new Op.SetHandler(tlid, POS, handler));
  }

  CanvasFixture worker(long tlid, String name, String code) {
    return handler(tlid, new HandlerSpec.Worker(name, new HandlerSpec.Ids(tlid + 1, tlid + 2, tlid + 3)), code);
  }

  CanvasFixture cron(long tlid, String name, umbra.domain.canvas.CronInterval interval, String code) {
    return handler(tlid, new HandlerSpec.Cron(name, Optional.of(interval), new HandlerSpec.Ids(tlid + 1, tlid + 2, tlid + 3)),
        code);
  }

  private CanvasFixture handler(long tlid, HandlerSpec spec, String code) {
    var handler = new Toplevel.Handler(tlid, POS, Parser.parseExpr(code, tlid * 100).orElseThrow(), spec);
    return apply(new Op.SetHandler(tlid, POS, handler));
  }

  /** A function of one Int parameter. */
  CanvasFixture function(long tlid, String name, String param, String code) {
    var fn = new Toplevel.UserFn(tlid, name, tlid + 1,
        List.of(new Toplevel.UserFn.Param(param, tlid + 2, Optional.of(DType.INT), tlid + 3, "")), DType.INT, tlid + 4,
        "", false, Parser.parseExpr(code, tlid * 100).orElseThrow());
    return apply(new Op.SetFunction(fn));
  }

  /** A datastore with columns written {@code name:Type}. */
  CanvasFixture db(long tlid, String name, String... columns) {
    var ops = new ArrayList<Op>();
    ops.add(new Op.CreateDBWithBlankOr(tlid, POS, tlid + 1, name));
    long id = tlid + 2;
    for (String column : columns) {
      int colon = column.indexOf(':');
      ops.add(new Op.AddDBCol(tlid, id, id + 1));
      ops.add(new Op.SetDBColName(tlid, id, column.substring(0, colon)));
      ops.add(new Op.SetDBColType(tlid, id + 1, column.substring(colon + 1)));
      id += 2;
    }
    return apply(ops.toArray(Op[]::new));
  }

  CanvasFixture apply(Op... changes) {
    ops.addOps(canvas.id(), new ArrayList<>(List.of(changes)), opCtr++, OpsHandler.newClientId());
    return this;
  }
}
