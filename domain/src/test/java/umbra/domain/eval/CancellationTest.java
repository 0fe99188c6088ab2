package umbra.domain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Parser;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DError;
import umbra.domain.value.Symtable;

/**
 * The caller stops a run without the domain reading a clock: asked every stretch of steps and at
 * each resumption, its reason ends the run as a limit does, and the step budget stays exact.
 */
class CancellationTest {
  private static final String REASON = "Execution stopped: the request took longer than its limit of 30 s";

  /** A user function {@code name n} with this body (in the test syntax). */
  private static UserFunction function(long tlid, String name, String body) {
    return new UserFunction(tlid, name, List.of(new UserFunction.Param("n", DType.INT)), DType.ANY,
        Parser.parseExpr(body, tlid * 1000).orElseThrow());
  }

  private static ExecutionState state(Limits limits, Cancellation cancellation, UserFunction... fns) {
    var byName = new HashMap<String, UserFunction>();
    for (UserFunction f : fns) byName.put(f.name(), f);
    return ExecutionState.of(StdLib.registry()).withUserFunctions(byName).withLimits(limits)
        .withCancellation(cancellation);
  }

  /** Says stop on its {@code n}th question, counting them. */
  private static final class StopOnQuestion implements Cancellation {
    final AtomicInteger asked = new AtomicInteger();
    private final int n;

    StopOnQuestion(int n) { this.n = n; }

    @Override public Optional<String> reason() {
      return asked.incrementAndGet() >= n ? Optional.of(REASON) : Optional.empty();
    }
  }

  @Test
  void anEndlessLoopEndsWithTheCallersReasonWhetherItRunsDirectlyOrOnTheMachine() {
    // spin is pure (runs directly, then on the machine past the Java stack budget); whirl applies a
    // lambda, so every call of it runs on the machine
    var spin = function(1, "spin", "spin (n + 1)");
    var whirl = function(2, "whirl", "whirl (List.fold_v0 [1; 2; 3] n (fun acc x -> acc + x))");
    for (String program : List.of("spin 0", "whirl 0")) {
      var stop = new StopOnQuestion(3);
      var evaluation = Evaluation.start(state(new Limits(Long.MAX_VALUE, 3_000_000), stop, spin, whirl),
          Parser.parseExpr(program, 1).orElseThrow(), Symtable.empty());
      Outcome outcome = evaluation.run();
      assertThat(outcome).as(program).isInstanceOfSatisfying(Outcome.Done.class, done ->
          assertThat(done.value()).isInstanceOfSatisfying(DError.class, e -> assertThat(e.message()).isEqualTo(REASON)));
      assertThat(evaluation.stoppedByLimit()).as(program).contains(REASON);
      // once when the run began, then at the end of each stretch of steps, until the third said stop
      assertThat(stop.asked).as(program).hasValue(3);
    }
  }

  @Test
  void aReasonThatCameDuringAnEffectEndsTheRunWhenItResumesAndTheTraceKeepsTheAnswer() {
    var timeIsUp = new AtomicBoolean();
    Cancellation deadline = () -> timeIsUp.get() ? Optional.of(REASON) : Optional.empty();
    var evaluation = Evaluation.start(state(Limits.DEFAULT, deadline).withTraces(true),
        Parser.parseExpr("let id = Uuid.generate_v0 in 1 + 2", 1).orElseThrow(), Symtable.empty());
    assertThat(evaluation.run()).isInstanceOf(Outcome.Suspended.class);
    timeIsUp.set(true); // while the effect was being performed
    Dval uuid = new Dval.DUuid(UUID.fromString("3ba3c3b2-7a8d-4c3e-9f4e-64b8d1c4a0e1"));
    Outcome outcome = evaluation.resume(uuid);
    assertThat(outcome).isInstanceOfSatisfying(Outcome.Done.class, done ->
        assertThat(done.value()).isInstanceOfSatisfying(DError.class, e -> assertThat(e.message()).isEqualTo(REASON)));
    assertThat(evaluation.functionResults()).extracting(TraceEvents.FunctionResult::result).containsExactly(uuid);
  }

  @Test
  void theStepBudgetIsExactOverManyStretches() {
    // count n takes a fixed number of steps per level: measured on runs within one stretch, the
    // budget a long run needs is predicted exactly, and one step less stops it
    var count = function(3, "count", "if n == 0 then 0 else count (n - 1)");
    long one = leastBudget(count, 1);
    long perLevel = leastBudget(count, 2) - one;
    long levels = 3L * Evaluation.CANCELLATION_EVERY / perLevel; // three stretches and more
    assertThat(leastBudget(count, levels)).isEqualTo(one + (levels - 1) * perLevel);
  }

  /** The fewest steps with which {@code count levels} ends with its value (a binary search over the budget). */
  private static long leastBudget(UserFunction count, long levels) {
    long enough = 1;
    while (!finishes(count, levels, enough)) enough *= 2;
    long tooFew = enough / 2;
    while (enough - tooFew > 1) {
      long mid = (tooFew + enough) / 2;
      if (finishes(count, levels, mid)) enough = mid;
      else tooFew = mid;
    }
    return enough;
  }

  private static boolean finishes(UserFunction count, long levels, long steps) {
    var evaluation = Evaluation.start(state(new Limits(steps, 3_000_000), Cancellation.NEVER, count),
        Parser.parseExpr("count " + levels, 1).orElseThrow(), Symtable.empty());
    Dval v = ((Outcome.Done) evaluation.run()).value();
    return !(v instanceof DError);
  }

  @Test
  void eitherOfTwoCancellationsStopsTheRunWithTheFirstReason() {
    Cancellation never = Cancellation.NEVER;
    Cancellation left = () -> Optional.of("Execution stopped: the client closed the connection");
    assertThat(never.or(never).reason()).isEmpty();
    assertThat(never.or(left).reason()).contains("Execution stopped: the client closed the connection");
    assertThat(((Cancellation) () -> Optional.of(REASON)).or(left).reason()).contains(REASON);
  }
}
