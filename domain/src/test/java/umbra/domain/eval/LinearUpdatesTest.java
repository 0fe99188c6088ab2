package umbra.domain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Parser;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Symtable;

/**
 * Updating a list or dict in a fold of 100,000 fits a budget of 2 million steps. Builtins charge
 * steps for the work they do, so an update that copied its list or dict (5 billion elements
 * copied in all) could not: the updates share what they keep, and the folds are linear.
 */
class LinearUpdatesTest {
  private static final ExecutionState STATE = ExecutionState.of(StdLib.registry())
      .withLimits(new Limits(2_000_000, 1_000_000));

  private static Dval run(String code) {
    var e = Evaluation.start(STATE, Parser.parseExpr(code).orElseThrow(), Symtable.empty());
    Dval v = ((Outcome.Done) e.run()).value();
    assertThat(e.stoppedByLimit()).isEmpty();
    return v;
  }

  private static DList ints(long from, long to) {
    return new DList(LongStream.rangeClosed(from, to).<Dval>mapToObj(DInt::new).toList());
  }

  @Test
  void pushBackPushAndAppendInAFoldOfAHundredThousand() {
    assertThat(run("List.range_v0 1 100000 |> List.fold_v0 [] (fun acc x -> List.pushBack_v0 acc x)"))
        .isEqualTo(ints(1, 100_000));
    assertThat(run("List.range_v0 1 100000 |> List.fold_v0 [] (fun acc x -> List.push_v0 acc x) |> List.reverse_v0"))
        .isEqualTo(ints(1, 100_000));
    assertThat(run("List.range_v0 1 100000 |> List.fold_v0 [] (fun acc x -> List.append_v0 acc [x])"))
        .isEqualTo(ints(1, 100_000));
  }

  @Test
  void setAndRemoveInAFoldOfAHundredThousand() {
    String keys = "List.range_v0 1 100000 |> List.fold_v0 {} (fun acc x -> Dict.set_v0 acc (toString_v0 x) x)";
    assertThat(run(keys + " |> Dict.size_v0")).isEqualTo(new DInt(100_000));
    assertThat(run(keys + " |> Dict.get_v2 \"77777\"")).isEqualTo(new DJust(new DInt(77_777)));
    assertThat(run("List.range_v0 1 100000 |> List.fold_v0 (" + keys + ") (fun acc x -> Dict.remove_v0 acc (toString_v0 x))"))
        .isEqualTo(new DObj(new java.util.TreeMap<>()));
  }

  @Test
  void aLaterUpdateLeavesTheValueItStartedFromAsItWas() {
    assertThat(run("let a = [1, 2] in let b = List.pushBack_v0 a 3 in let c = List.push_v0 a 0 in [a, b, c]"))
        .isEqualTo(new DList(java.util.List.of(ints(1, 2), ints(1, 3), ints(0, 2))));
    assertThat(run("let a = {x = 1} in let b = Dict.set_v0 a \"x\" 2 in let c = Dict.remove_v0 a \"x\" in [a, b, c]"))
        .isEqualTo(run("[{x = 1}, {x = 2}, {}]"));
  }
}
