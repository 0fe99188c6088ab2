package umbra.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Parser;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.ApplyOpsOutcome;
import umbra.service.canvas.CanvasService;

/**
 * Loading a canvas through {@link CanvasLoader} against PostgreSQL, when its busiest toplevel has
 * 10 ops and when it has 10,000 (backend.md 4.5: loads read the cached toplevels, never the
 * histories). The canvas also has 20 small toplevels. {@link StorageRatios} prints the ratio.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CanvasLoadBench {
  private static final Position POS = new Position(0, 0);
  private static final HandlerSpec.Ids IDS = new HandlerSpec.Ids(1, 2, 3);
  private static final long BUSY = 1_000;

  @Param({"10", "10000"})
  public int ops;

  private BenchDatabase db;
  private CanvasLoader loader;
  private UUID canvasId;

  @Setup(Level.Trial)
  public void setup() {
    db = new BenchDatabase();
    var jdbi = db.database().jdbi();
    var codec = new StorageCodec();
    new AccountHandler(jdbi, new SecureRandom()).createAccount("bench");
    canvasId = ((Checked.Ok<CanvasInfo>) new CanvasHandler(jdbi, codec).open("bench")).value().id();
    var history = new ArrayList<Op>();
    for (long tlid = 1; tlid <= 20; tlid++) history.add(set(tlid, "/small/" + tlid, 0));
    for (int i = 0; i < ops; i++) history.add(i % 2 == 0 ? new Op.TLSavepoint(BUSY) : set(BUSY, "/busy", i));
    var outcome = new OpsHandler(jdbi, new CanvasService(), codec).addOps(canvasId, history, 1, UUID.randomUUID());
    if (!(outcome instanceof ApplyOpsOutcome.Applied)) throw new IllegalStateException("setup rejected: " + outcome);
    loader = new CanvasLoader(jdbi, codec);
    if (loader.loadAll(canvasId).live().size() != 21) throw new IllegalStateException("setup lost toplevels");
  }

  /** A handler with a body of a realistic size (a dozen nodes). */
  private static Op set(long tlid, String route, int version) {
    Expr body = Parser.parseExpr("let user = DB.get_v2 id Users in if user == null then Http.notFound_v0 else "
        + "{ name = user.name; version = " + version + " }", tlid * 100).orElseThrow();
    return new Op.SetHandler(tlid, POS, new Toplevel.Handler(tlid, POS, body, new HandlerSpec.Http(route, "GET", IDS)));
  }

  @Benchmark
  public Canvas loadAll() {
    return loader.loadAll(canvasId);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    db.close();
  }

}
