package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.CoreCalls.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.eval.Outcome;
import umbra.domain.value.Dval;

class IntFunctionsTest {

  @Test
  void plusMinusTimesWrapAroundInt64() {
    assertThat(call("+", i(Long.MAX_VALUE), i(1))).isEqualTo(i(Long.MIN_VALUE));
    assertThat(call("Int::subtract_v0", i(Long.MIN_VALUE), i(1))).isEqualTo(i(Long.MAX_VALUE));
    assertThat(call("*", i(1L << 62), i(4))).isEqualTo(i(0));
    assertThat(call("Int::negate_v0", i(Long.MIN_VALUE))).isEqualTo(i(Long.MIN_VALUE));
  }

  @Test
  void modIsInZeroToBAndRefusesNonPositiveB() {
    assertThat(call("Int::mod_v0", i(-754), i(53))).isEqualTo(i(41));
    assertThat(call("%", i(-1), i(2))).isEqualTo(i(1));
    assertThat(call("Int::mod_v0", i(5), i(0))).isEqualTo(err("Expected the argument `b` to be positive, but it was `0`"));
    assertThat(call("%", i(5), i(-5))).isEqualTo(err("Expected the argument `b` to be positive, but it was `-5`"));
  }

  @Test
  void remainderFollowsTheSignOfTheValueAndIsAResult() {
    assertThat(call("Int::remainder_v0", i(-20), i(8))).isEqualTo(new Dval.DOk(i(-4)));
    assertThat(call("Int::remainder_v0", i(-5), i(-4))).isEqualTo(new Dval.DOk(i(-1)));
    assertThat(call("Int::remainder_v0", i(5), i(0))).isEqualTo(new Dval.DErr(s("`divisor` must be non-zero")));
  }

  @Test
  void divideTruncatesTowardZero() {
    assertThat(call("Int::divide_v0", i(-8), i(5))).isEqualTo(i(-1));
    assertThat(call("Int::divide_v0", i(1), i(0))).isEqualTo(err("Division by zero"));
  }

  @Test
  void overflowingDivisionIsAnUnexpectedExceptionAsInDotNet() {
    var run = start("Int::divide_v0", i(Long.MIN_VALUE), i(-1));
    assertThat(done(run.run())).isEqualTo(err("Unknown error"));
    assertThat(run.reportedExceptions()).hasSize(1);
  }

  @Test
  void powerIsExactOrAnError() {
    assertThat(call("Int::power_v0", i(-8), i(5))).isEqualTo(i(-32768));
    assertThat(call("^", i(200), i(7))).isEqualTo(i(12800000000000000L));
    assertThat(call("Int::power_v0", i(-2), i(63))).isEqualTo(i(Long.MIN_VALUE));
    assertThat(call("Int::power_v0", i(2), i(63))).isEqualTo(err("Error raising to exponent"));
    assertThat(call("Int::power_v0", i(200), i(20))).isEqualTo(err("Error raising to exponent"));
    assertThat(call("Int::power_v0", i(2), i(-3)))
        .isEqualTo(err("Expected the argument `exponent` to be positive, but it was `-3`"));
  }

  @Test
  void powerOfOneAndMinusOneHandlesHugeExponentsWhileOthersSeeA32BitExponent() {
    assertThat(call("Int::power_v0", i(1), i(2147483649L))).isEqualTo(i(1));
    assertThat(call("Int::power_v0", i(-1), i(2147483649L))).isEqualTo(i(-1));
    assertThat(call("Int::power_v0", i(-1), i(4294967296L))).isEqualTo(i(1));
    assertThat(call("Int::power_v0", i(2), i(2147483649L))).isEqualTo(err("Error raising to exponent"));
    assertThat(call("Int::power_v0", i(3), i(4294967298L))).isEqualTo(i(9)); // int exponent = 2
  }

  @Test
  void comparisonsMinMaxAndClamp() {
    assertThat(call(">=", i(-20), i(-20))).isEqualTo(Dval.TRUE);
    assertThat(call("<", i(-8888), i(-8888))).isEqualTo(Dval.FALSE);
    assertThat(call("Int::lessThanOrEqualTo_v0", i(-999), i(-9999))).isEqualTo(Dval.FALSE);
    assertThat(call("Int::max_v0", i(-100), i(-20000))).isEqualTo(i(-100));
    assertThat(call("Int::min_v0", i(50), i(-10))).isEqualTo(i(-10));
    assertThat(call("Int::clamp_v0", i(2147483647), i(250), i(-26))).isEqualTo(i(250));
    assertThat(call("Int::clamp_v0", i(-100), i(1), i(0))).isEqualTo(i(0));
  }

  @Test
  void absoluteValueSqrtToFloat() {
    assertThat(call("Int::absoluteValue_v0", i(-5))).isEqualTo(i(5));
    assertThat(call("Int::sqrt_v0", i(86))).isEqualTo(f(9.273618495495704));
    assertThat(call("Int::toFloat_v0", i(-10))).isEqualTo(f(-10.0));
  }

  @Test
  void sumRefusesNonInts() {
    assertThat(call("Int::sum_v0", list(i(1), i(2)))).isEqualTo(i(3));
    assertThat(call("Int::sum_v0", list(f(1.0), i(2))))
        .isEqualTo(err("Expected the argument `a` to be a list of ints, but it was `[\n  1., 2\n]`"));
  }

  @Test
  void parseAcceptsSpacesAndSignsButNothingElse() {
    assertThat(call("Int::parse_v0", s(" +1 "))).isEqualTo(new Dval.DOk(i(1)));
    assertThat(call("Int::parse_v0", s("-00001"))).isEqualTo(new Dval.DOk(i(-1)));
    assertThat(call("Int::parse_v0", s("-9223372036854775808"))).isEqualTo(new Dval.DOk(i(Long.MIN_VALUE)));
    for (String bad : List.of("9223372036854775808", "1 2 3", "+ 1", "0xA", "1.23E+04", "", "١٢")) {
      assertThat(call("Int::parse_v0", s(bad)))
          .isEqualTo(new Dval.DErr(s("Expected to parse string with only numbers, instead got \"" + bad + "\"")));
    }
  }

  @Test
  void floatArgumentsGetTheTruncateHintUnderTheOperatorName() {
    assertThat(call("Int::multiply_v0", i(1), f(1.0))).isEqualTo(err(
        "Int::multiply was called with a Float (1.), but `b` expected a Int. Try using Float::multiply, or use Float::truncate to truncate Floats to Ints."));
    assertThat(call("+", i(1), s("a"))).isEqualTo(err("+ was called with a Str (\"a\"), but `b` expected a Int. Use ++ to concatenate"));
  }

  @Test
  void randomAsksTheCallerForANumberInAHalfOpenRange() {
    var v1 = start("Int::random_v1", i(20), i(10));
    var out = (Outcome.Suspended) v1.run();
    assertThat(out.request().args()).containsExactly(i(10), i(19));
    assertThat(v1.resume(i(12))).isEqualTo(new Outcome.Done(i(12)));

    var same = (Outcome.Suspended) start("Int::random_v0", i(3), i(3)).run();
    assertThat(same.request().args()).containsExactly(i(3), i(3));

    var backwards = start("Int::random_v0", i(30), i(10));
    assertThat(done(backwards.run())).isEqualTo(err("Unknown error"));
  }
}
