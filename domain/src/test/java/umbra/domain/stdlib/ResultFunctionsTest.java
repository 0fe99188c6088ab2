package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.CoreCalls.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DErr;
import umbra.domain.value.Dval.DErrorRail;
import umbra.domain.value.Dval.DJust;
import umbra.domain.value.Dval.DOk;

class ResultFunctionsTest {

  private static final Dval HALVE = fun("x", callExpr("Int::divide_v0", v("x"), lit(2)));
  private static final Dval DIVIDE_BY_ZERO = fun("x", callExpr("Int::divide_v0", v("x"), lit(0)));

  @Test
  void mapAndMapErrorTouchOnlyTheirSide() {
    assertThat(call("Result::map_v1", new DOk(i(4)), HALVE)).isEqualTo(new DOk(i(2)));
    assertThat(call("Result::map_v0", new DErr(s("test")), HALVE)).isEqualTo(new DErr(s("test")));
    assertThat(call("Result::mapError_v1", new DErr(i(4)), HALVE)).isEqualTo(new DErr(i(2)));
    assertThat(call("Result::mapError_v0", new DOk(i(4)), HALVE)).isEqualTo(new DOk(i(4)));
  }

  @Test
  void v0WrapsFakeResultsAndV1PropagatesThem() {
    assertThat(reprOf("Result::map_v0", new DOk(i(4)), DIVIDE_BY_ZERO)).isEqualTo("Ok <error: Division by zero>");
    assertThat(call("Result::map_v1", new DOk(i(4)), DIVIDE_BY_ZERO)).isEqualTo(err("Division by zero"));
    assertThat(reprOf("Result::mapError_v0", new DErr(i(4)), DIVIDE_BY_ZERO)).isEqualTo("Error <error: Division by zero>");
    assertThat(call("Result::mapError_v1", new DErr(i(4)), DIVIDE_BY_ZERO)).isEqualTo(err("Division by zero"));
  }

  @Test
  void andThenRequiresAResultFromTheLambda() {
    Dval okPlusOne = fun("x", ctor("Ok", op("+", lit(1), v("x"))));
    assertThat(call("Result::andThen_v0", new DOk(i(5)), okPlusOne)).isEqualTo(new DOk(i(6)));
    assertThat(call("Result::andThen_v1", new DErr(s("test")), okPlusOne)).isEqualTo(new DErr(s("test")));
    assertThat(call("Result::andThen_v0", new DOk(i(8)), HALVE))
        .isEqualTo(err("Expected `fn` to return a Result, but it returned `4`"));
    assertThat(call("Result::andThen_v1", new DOk(i(5)), fun("x", listExpr(blank()))))
        .isEqualTo(err("Expected `fn` to return a Result, but it returned `[]`"));
  }

  @Test
  void andThenBlamesTheLambdaForReturningAnError() {
    Dval failing = fun("x", callExpr("Int::divide_v0", v("x"), lit(0)));
    assertThat(call("Result::andThen_v1", new DOk(i(1)), failing))
        .isEqualTo(err("Expected `fn` to return a Result, but it returned `<error: Division by zero>`"));
  }

  @Test
  void map2ReturnsTheFirstError() {
    Dval minus = fun(List.of("a", "b"), op("-", v("a"), v("b")));
    assertThat(call("Result::map2_v0", new DErr(s("e1")), new DErr(s("e2")), minus)).isEqualTo(new DErr(s("e1")));
    assertThat(call("Result::map2_v0", new DOk(i(10)), new DErr(s("e2")), minus)).isEqualTo(new DErr(s("e2")));
    assertThat(call("Result::map2_v0", new DOk(i(10)), new DOk(i(1)), minus)).isEqualTo(new DOk(i(9)));
  }

  @Test
  void fromOptionVersions() {
    assertThat(call("Result::fromOption_v0", new DJust(i(6)), s("test"))).isEqualTo(new DOk(i(6)));
    assertThat(call("Result::fromOption_v1", Dval.NOTHING, s("test"))).isEqualTo(new DErr(s("test")));
    assertThat(call("Result::fromOption_v0", new DJust(err("e")), s("m"))).isEqualTo(new DOk(err("e")));
    assertThat(call("Result::fromOption_v1", new DJust(err("e")), s("m"))).isEqualTo(err("e"));
    assertThat(call("Result::fromOption_v2", Dval.NOTHING, Dval.NOTHING)).isEqualTo(new DErr(Dval.NOTHING));
    assertThat(call("Result::fromOption_v2", new DJust(new DErr(s("t"))), s("m"))).isEqualTo(new DOk(new DErr(s("t"))));
    assertThat(call("Result::fromOption_v1", Dval.NOTHING, i(1)))
        .isEqualTo(err("Result::fromOption_v1 was called with a Int (1), but `error` expected a Str."));
  }

  @Test
  void toOptionAndWithDefault() {
    assertThat(call("Result::toOption_v0", new DOk(i(6)))).isEqualTo(new DJust(i(6)));
    assertThat(call("Result::toOption_v1", new DErr(s("test")))).isEqualTo(Dval.NOTHING);
    assertThat(call("Result::toOption_v0", new DOk(err("x")))).isEqualTo(new DJust(err("x")));
    assertThat(call("Result::toOption_v1", new DOk(err("x")))).isEqualTo(err("x"));
    assertThat(call("Result::withDefault_v0", new DErr(s("test")), i(5))).isEqualTo(i(5));
    assertThat(call("Result::withDefault_v0", new DOk(i(6)), i(5))).isEqualTo(i(6));
  }

  @Test
  void errorRailArgumentsWinBeforeTheFunctionRuns() {
    Dval rail = new DErrorRail(Dval.NOTHING);
    assertThat(call("Result::toOption_v0", rail)).isEqualTo(rail);
  }
}
