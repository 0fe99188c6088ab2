package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.TextModules.call;
import static umbra.domain.stdlib.TextModules.effectOf;
import static umbra.domain.stdlib.TextModules.errorOf;
import static umbra.domain.stdlib.TextModules.i;
import static umbra.domain.stdlib.TextModules.s;
import static umbra.domain.stdlib.TextModules.start;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.eval.Outcome;
import umbra.domain.syntax.Expr;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;

/** String::foreach_v1 calls a Dark function per character; String::random_* asks for an effect. */
class StringLambdasAndEffectsTest {

  private static Dval lambda(Expr body) {
    return new Dval.DLambda(List.of(new Expr.LambdaParam(1, "x")), Symtable.empty(), body);
  }

  private static Dval named(String fn) { return new Dval.DNamedFn(Registry.parseName(fn)); }

  @Test
  void foreach_maps_every_cluster() {
    assertThat(call("String::foreach_v1", s("żółw✋🏿"), named("Char::toUppercase_v1"))).isEqualTo(s("ŻÓŁW✋🏿"));
    assertThat(call("String::foreach_v1", s("🧟‍♀️🧟‍♂️"), lambda(new Expr.EVariable(2, "x")))).isEqualTo(s("🧟‍♀️🧟‍♂️"));
  }

  @Test
  void foreach_returns_incomplete_when_the_function_does() {
    assertThat(call("String::foreach_v1", s("abcdef"), lambda(new Expr.EBlank(2)))).isInstanceOf(Dval.DIncomplete.class);
  }

  @Test
  void foreach_rejects_results_that_are_not_characters() {
    assertThat(errorOf(call("String::foreach_v1", s("ab"), lambda(new Expr.EInteger(2, 5)))))
        .isEqualTo("Expected `fn` to return a Character, but it returned `5`");
  }

  @Test
  void random_asks_for_a_string_of_the_length_and_returns_the_answer() {
    var e = start("String::random_v0", i(5));
    assertThat(effectOf(e).args()).containsExactly(i(5));
    assertThat(e.resume(s("aB3xY"))).isEqualTo(new Outcome.Done(s("aB3xY")));

    var v2 = start("String::random_v2", i(0));
    assertThat(effectOf(v2).function()).isEqualTo(Registry.parseName("String::random_v2"));
    assertThat(v2.resume(s(""))).isEqualTo(new Outcome.Done(Dval.ok(s(""))));
  }

  @Test
  void random_validates_the_length_before_asking() {
    assertThat(errorOf(call("String::random_v0", i(-1)))).isEqualTo("l should be a positive integer");
    assertThat(call("String::random_v1", i(-1))).isEqualTo(Dval.err(s("l should be a positive integer")));
    assertThat(call("String::random_v2", i(-1)))
        .isEqualTo(Dval.err(s("Expected the argument `length` to be positive, but it was `-1`")));
  }

  @Test
  void random_is_impure_and_v1_v2_default_to_the_error_rail() {
    var v1 = TextModules.REGISTRY.get(Registry.parseName("String::random_v1"));
    assertThat(v1.purity()).isEqualTo(Builtin.Purity.IMPURE);
    assertThat(v1.railDefault()).isTrue();
  }
}
