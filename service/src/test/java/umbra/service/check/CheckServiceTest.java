package umbra.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.canvas.text.PushPlan;
import umbra.domain.eval.Cancellation;
import umbra.domain.eval.Limits;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Parsed;
import umbra.domain.trace.ArgumentHash;
import umbra.domain.trace.RecordedResult;
import umbra.domain.value.Dval;

class CheckServiceTest {
  private static final String TEXT = """
      [fn greet name:Str -> Str]
      "hello " ++ name

      [http-handler GET /hello/:name]
      greet name

      [http-handler GET /plain]
      "plain"

      [http-handler GET /dice]
      Int.random_v1 1 6
      """;

  private final CheckService checks = new CheckService(StdLib.registry(), Limits.DEFAULT);

  private static Canvas parse(String text, long firstId) {
    return switch (CanvasText.parse(text, firstId)) {
      case Parsed.Ok<Canvas> ok -> ok.value();
      case Parsed.Failed<Canvas> f -> throw new AssertionError(f.error().message());
    };
  }

  private static long tlid(Canvas c, String route) {
    return c.handlers().live().values().stream().filter(h -> h.spec().name().equals(route)).findFirst().orElseThrow().tlid();
  }

  private Canvas after(Canvas before, List<Op> ops) {
    return ((Checked.Ok<Canvas>) checks.after(before, ops)).value();
  }

  @Test
  void aChangedFunctionAffectsTheHandlersThatCallItAndNoOthers() {
    Canvas before = parse(TEXT, 1);
    List<Op> ops = PushPlan.ops(before, parse(TEXT.replace("\"hello \"", "\"hi \""), 1_000_000));
    Canvas after = after(before, ops);
    assertThat(checks.affected(after, ops)).containsExactly(tlid(after, "/hello/:name"));
  }

  @Test
  void eachTraceIsTheSameDiffersOrUndecided() {
    Canvas before = parse(TEXT, 1);
    Canvas edited = parse(TEXT.replace("\"hello \"", "\"hi \"").replace("Int.random_v1 1 6", "Int.random_v1 1 7"), 1_000_000);
    List<Op> ops = PushPlan.ops(before, edited);
    Canvas after = after(before, ops);
    long hello = tlid(before, "/hello/:name");
    long dice = tlid(before, "/dice");
    long plain = tlid(before, "/plain");
    var rolled = new RecordedResult(dice, "Int::random_v1", 0, ArgumentHash.v1(List.of(new Dval.DInt(1), new Dval.DInt(5))),
        ArgumentHash.VERSION, new Dval.DInt(4), 0);
    List<TraceSample> samples = List.of(
        new TraceSample(hello, UUID.randomUUID(), List.of(Map.entry("request", Dval.NULL), Map.entry("name", new Dval.DStr("ann"))), List.of()),
        new TraceSample(plain, UUID.randomUUID(), List.of(Map.entry("request", Dval.NULL)), List.of()),
        new TraceSample(dice, UUID.randomUUID(), List.of(Map.entry("request", Dval.NULL)), List.of(rolled)));
    List<Verdict> verdicts = checks.check(before, after, Map.of(), samples, Cancellation.NEVER);
    assertThat(verdicts).extracting(Verdict::kind)
        .containsExactly(Verdict.Kind.DIFFERS, Verdict.Kind.SAME, Verdict.Kind.UNDECIDED);
    assertThat(verdicts.get(0).before()).endsWith("\"hello ann\"");
    assertThat(verdicts.get(0).after()).endsWith("\"hi ann\"");
    assertThat(verdicts.get(2).reason()).startsWith("Int::random_v1");
  }

  @Test
  void tracesTheChecksTimeDidNotReachAreUndecided() {
    Canvas before = parse(TEXT, 1);
    Canvas after = after(before, PushPlan.ops(before, parse(TEXT.replace("\"plain\"", "\"flat\""), 1_000_000)));
    long plain = tlid(before, "/plain");
    var sample = new TraceSample(plain, UUID.randomUUID(), List.of(Map.entry("request", Dval.NULL)), List.of());
    // each run asks once as it starts: the first trace's two runs go on, the second trace's are stopped
    var asked = new AtomicInteger();
    String why = "Execution stopped: the check took longer than its limit of 30 s";
    Cancellation timeUp = () -> asked.incrementAndGet() > 2 ? Optional.of(why) : Optional.empty();
    List<Verdict> verdicts = checks.check(before, after, Map.of(), List.of(sample, sample), timeUp);
    assertThat(verdicts).extracting(Verdict::kind).containsExactly(Verdict.Kind.DIFFERS, Verdict.Kind.UNDECIDED);
    assertThat(verdicts.get(1).reason()).isEqualTo("not replayed to the end: " + why);
  }
}
