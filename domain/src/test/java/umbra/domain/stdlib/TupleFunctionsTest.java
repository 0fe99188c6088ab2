package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.CoreCalls.*;

import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;

class TupleFunctionsTest {

  private static final Dval MINUS_TWO = fun("x", op("-", v("x"), lit(2)));
  private static final Dval SHOUT = fun("x", callExpr("String::append_v1", v("x"), str("!")));

  @Test
  void pairs() {
    assertThat(call("Tuple2::create_v0", s("one"), i(2))).isEqualTo(tuple(s("one"), i(2)));
    assertThat(call("Tuple2::second_v0", tuple(i(1), s("two")))).isEqualTo(s("two"));
    assertThat(call("Tuple2::swap_v0", tuple(i(1), s("two")))).isEqualTo(tuple(s("two"), i(1)));
    assertThat(call("Tuple2::mapFirst_v0", MINUS_TWO, tuple(i(1), s("two")))).isEqualTo(tuple(i(-1), s("two")));
    assertThat(call("Tuple2::mapSecond_v0", MINUS_TWO, tuple(s("one"), i(2)))).isEqualTo(tuple(s("one"), i(0)));
    assertThat(call("Tuple2::mapBoth_v0", SHOUT, MINUS_TWO, tuple(s("one"), i(2)))).isEqualTo(tuple(s("one!"), i(0)));
  }

  @Test
  void triples() {
    Dval t = tuple(i(1), s("two"), f(3.14));
    assertThat(call("Tuple3::create_v0", i(1), s("two"), f(3.14))).isEqualTo(t);
    assertThat(call("Tuple3::third_v0", t)).isEqualTo(f(3.14));
    assertThat(call("Tuple3::mapSecond_v0", SHOUT, t)).isEqualTo(tuple(i(1), s("two!"), f(3.14)));
    assertThat(call("Tuple3::mapAllThree_v0", MINUS_TWO, SHOUT, fun("x", callExpr("Float::roundDown_v0", v("x"))), t))
        .isEqualTo(tuple(i(-1), s("two!"), i(3)));
  }

  @Test
  void aTupleOfTheWrongArityIsAWrongArgument() {
    assertThat(call("Tuple2::first_v0", tuple(i(1), i(2), i(3))))
        .isEqualTo(err("Tuple2::first was called with a Tuple ((\n  1, 2, 3\n)), but `tuple` expected a Tuple."));
    assertThat(call("Tuple3::first_v0", tuple(i(1), i(2)))).isInstanceOf(Dval.DError.class);
  }

  @Test
  void aLambdaErrorIsStoredInTheTuple() {
    Dval failing = fun("x", callExpr("Int::divide_v0", v("x"), lit(0)));
    assertThat(reprOf("Tuple2::mapFirst_v0", failing, tuple(i(1), i(2)))).isEqualTo("(\n  <error: Division by zero>, 2\n)");
  }
}
