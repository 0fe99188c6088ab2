package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.CoreCalls.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DJust;

class OptionFunctionsTest {

  private static final Dval HALVE = fun("x", callExpr("Int::divide_v0", v("x"), lit(2)));
  private static final Dval DIVIDE_BY_ZERO = fun("x", callExpr("Int::divide_v0", v("x"), lit(0)));

  @Test
  void mapAppliesTheLambdaInsideJust() {
    assertThat(call("Option::map_v1", new DJust(i(4)), HALVE)).isEqualTo(new DJust(i(2)));
    assertThat(call("Option::map_v1", Dval.NOTHING, HALVE)).isEqualTo(Dval.NOTHING);
  }

  @Test
  void mapV0WrapsAnErrorResultWhileV1LetsItReplaceTheOption() {
    assertThat(reprOf("Option::map_v0", new DJust(i(4)), DIVIDE_BY_ZERO)).isEqualTo("Just <error: Division by zero>");
    assertThat(call("Option::map_v1", new DJust(i(4)), DIVIDE_BY_ZERO)).isEqualTo(err("Division by zero"));
  }

  @Test
  void map2NeedsBothJust() {
    Dval minus = fun(List.of("a", "b"), op("-", v("a"), v("b")));
    assertThat(call("Option::map2_v0", new DJust(i(10)), new DJust(i(1)), minus)).isEqualTo(new DJust(i(9)));
    assertThat(call("Option::map2_v0", new DJust(i(10)), Dval.NOTHING, minus)).isEqualTo(Dval.NOTHING);
    assertThat(call("Option::map2_v0", new DJust(i(10)), s("not an option"), minus))
        .isEqualTo(err("Option::map2 was called with a Str (\"not an option\"), but `option2` expected a Option."));
  }

  @Test
  void andThenRequiresTheLambdaToReturnAnOption() {
    Dval justPlusOne = fun("x", ctor("Just", op("+", lit(1), v("x"))));
    assertThat(call("Option::andThen_v0", new DJust(i(5)), justPlusOne)).isEqualTo(new DJust(i(6)));
    assertThat(call("Option::andThen_v0", Dval.NOTHING, justPlusOne)).isEqualTo(Dval.NOTHING);
    assertThat(call("Option::andThen_v0", new DJust(i(8)), HALVE))
        .isEqualTo(err("Expected `fn` to return a Option, but it returned `4`"));
  }

  @Test
  void withDefault() {
    assertThat(call("Option::withDefault_v0", Dval.NOTHING, i(5))).isEqualTo(i(5));
    assertThat(call("Option::withDefault_v0", new DJust(i(3)), i(5))).isEqualTo(i(3));
  }

  @Test
  void lambdaArityMismatchIsReported() {
    Dval twoParams = fun(List.of("x", "y"), v("x"));
    assertThat(call("Option::map_v1", new DJust(i(1)), twoParams)).isEqualTo(err("Expected 2 arguments, got 1"));
  }
}
