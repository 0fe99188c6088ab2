package umbra.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Toplevel;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.eval.Cancellation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Outcome;
import umbra.domain.http.Header;
import umbra.domain.http.IncomingRequest;
import umbra.domain.http.LegacyRequest;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Children;
import umbra.domain.syntax.Expr;
import umbra.domain.trace.RecordedResult;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.limits.RunBudgets;
import umbra.service.analysis.AnalysisService;
import umbra.service.analysis.AnalyzeTrace;
import umbra.service.trace.CanvasState;
import umbra.service.trace.TracedRun;

/**
 * The editor's live values against the request they explain, in memory: a typical handler
 * ({@link #CANVAS}, three effects) run as a traced request runs it, its effects answered by the
 * real stdlib performer, against {@link AnalysisService#analyze} of that request's trace, whose
 * effects are answered from the stored results by argument hash. {@link TraceLoopRatios} prints
 * analysis over evaluation.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TraceLoopBench {
  static final String PATH = "/loop";
  /** A handler of everyday shape: a clock read, a fresh id, a random number, list and string work, a record. */
  static final String CANVAS = """
      [http-handler GET /loop]
      let now = Date.now_v0 in
      let id = Uuid.generate_v0 in
      let roll = Int.random_v1 1 100 in
      let prices = List.map_v0 (List.range_v0 1 5) (fun i -> i * 10) in
      let total = List.fold_v0 prices 0 (fun sum p -> sum + p) in
      let label = if roll > 50 then "high" else "low" in
      let name = String.toUppercase_v1 "umbra" in
      { id = toString id; at = Date.toString_v0 now; roll = roll; label = label; total = total;
        count = String.length_v1 name; path = request.url; greeting = "hello " ++ name }
      """;
  static final int EFFECTS = 3;

  @State(Scope.Benchmark)
  public static class Loop {
    Canvas canvas;
    Toplevel.Handler handler;
    ExecutionState state;
    Symtable env;
    List<Map.Entry<String, Dval>> input;
    EffectPerformer effects;
    AnalysisService analysis;
    List<RecordedResult> results;

    @Setup
    public void setup() {
      canvas = CanvasText.parse(CANVAS, 1).orElseThrow();
      handler = canvas.handlers().live().values().iterator().next();
      // as HttpService runs a traced request on the canvas's cached snapshot
      CanvasState cs = CanvasState.of(StdLib.registry(), RunBudgets.DEFAULTS.editor().limits(), canvas, Map.of(), handler.tlid());
      state = cs.state().withTraces(true);
      Dval request = ((LegacyRequest.Value) LegacyRequest.build(new IncomingRequest("GET", "http", PATH,
          Optional.empty(), List.of(new Header("Host", "bench-traceloop.localhost")), new byte[0]), false)).request();
      env = cs.globals().bind("request", request);
      input = List.of(Map.entry("request", request));
      effects = StdlibEffects.real();
      analysis = new AnalysisService(StdLib.registry(), RunBudgets.DEFAULTS.editor().limits());
      Served served = request(this);
      results = served.run().results();
      if (results.size() != EFFECTS) throw new IllegalStateException("the trace kept " + results);
      Dval analyzed = analyze(this).orElseThrow().result();
      if (!analyzed.equals(served.value()) || !(served.value() instanceof Dval.DObj)) {
        throw new IllegalStateException("the analysis gave " + analyzed + ", the request " + served.value());
      }
    }
  }

  /** How many expressions the handler's code has (lambda bodies included). */
  static int expressions() {
    Expr code = CanvasText.parse(CANVAS, 1).orElseThrow().handlers().live().values().iterator().next().ast();
    return count(code);
  }

  private static int count(Expr e) {
    int n = 1;
    for (Expr child : Children.of(e)) n += count(child);
    return n;
  }

  /** A finished run and the handler's value. */
  record Served(TracedRun run, Dval value) {}

  /** What a traced request does: run, answering each effect as it comes. */
  static Served request(Loop s) {
    var run = new TracedRun(s.state, s.handler.ast(), s.env);
    Outcome outcome = run.start();
    while (outcome instanceof Outcome.Suspended suspended) {
      long start = System.nanoTime();
      Dval answer = s.effects.perform(suspended.request()).orElseThrow();
      outcome = run.resume(answer, System.nanoTime() - start);
    }
    return new Served(run, ((Outcome.Done) outcome).value());
  }

  static Optional<AnalysisService.Analysis> analyze(Loop s) {
    return s.analysis.analyze(new AnalyzeTrace(s.canvas, Map.of(), true, s.handler.tlid(), s.input, s.results,
        Cancellation.NEVER));
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object[] evaluation(Loop s) {
    TracedRun run = request(s).run();
    // what the trace keeps, as HandlerRun hands it to the trace writer
    return new Object[] {run.results(), run.arguments()};
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Optional<AnalysisService.Analysis> analysis(Loop s) {
    return analyze(s);
  }
}
