package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.CoreCalls.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;

class FloatFunctionsTest {

  @Test
  void roundingToIntFollowsEachDirection() {
    assertThat(call("Float::ceiling_v0", f(1.0000001))).isEqualTo(i(2));
    assertThat(call("Float::roundUp_v0", f(-2147483647.8))).isEqualTo(i(-2147483647));
    assertThat(call("Float::floor_v0", f(-1.0000001))).isEqualTo(i(-2));
    assertThat(call("Float::roundDown_v0", f(-2147483647.8))).isEqualTo(i(-2147483648L));
    assertThat(call("Float::round_v0", f(-2147483647.8))).isEqualTo(i(-2147483648L));
    assertThat(call("Float::truncate_v0", f(-2367.9267))).isEqualTo(i(-2367));
    assertThat(call("Float::roundTowardsZero_v0", f(2147483647.000009))).isEqualTo(i(2147483647));
  }

  @Test
  void roundHalvesGoToTheEvenNeighbour() {
    assertThat(call("Float::round_v0", f(2.5))).isEqualTo(i(2));
    assertThat(call("Float::round_v0", f(3.5))).isEqualTo(i(4));
    assertThat(call("Float::round_v0", f(-0.5))).isEqualTo(i(0));
  }

  @Test
  void valuesOutsideInt64BecomeInt64MinAsDotNetOnX64() {
    assertThat(call("Float::truncate_v0", f(1e20))).isEqualTo(i(Long.MIN_VALUE));
    assertThat(call("Float::floor_v0", f(Double.NaN))).isEqualTo(i(Long.MIN_VALUE));
    assertThat(call("Float::ceiling_v0", f(Double.POSITIVE_INFINITY))).isEqualTo(i(Long.MIN_VALUE));
    assertThat(call("Float::truncate_v0", f(-0x1p63))).isEqualTo(i(Long.MIN_VALUE));
    assertThat(call("Float::truncate_v0", f(0x1p62))).isEqualTo(i(1L << 62));
  }

  @Test
  void absoluteValueAndNegateKeepIeeeSpecials() {
    assertThat(call("Float::absoluteValue_v0", f(Double.NEGATIVE_INFINITY))).isEqualTo(f(Double.POSITIVE_INFINITY));
    assertThat(call("Float::negate_v0", f(0.0))).isEqualTo(f(-0.0));
    assertThat(((Dval.DFloat) call("Float::negate_v0", f(Double.NaN))).value()).isNaN();
  }

  @Test
  void clampOrdersTheLimitsAndRefusesNaNLimits() {
    assertThat(call("Float::clamp_v0", f(Double.POSITIVE_INFINITY), f(-1.0), f(0.5))).isEqualTo(f(0.5));
    assertThat(call("Float::clamp_v0", f(-1.0), f(0.5), f(Double.NEGATIVE_INFINITY))).isEqualTo(f(-1.0));
    assertThat(((Dval.DFloat) call("Float::clamp_v0", f(Double.NaN), f(-1.0), f(1.0))).value()).isNaN();
    assertThat(call("Float::clamp_v0", f(0.5), f(1.0), f(Double.NaN))).isEqualTo(err("clamp requires arguments to be valid numbers"));
  }

  @Test
  void arithmeticAndTheDivisionOperator() {
    assertThat(call("/", f(9.0), f(2.0))).isEqualTo(f(4.5));
    assertThat(call("/", f(1.0), f(0.0))).isEqualTo(f(Double.POSITIVE_INFINITY));
    assertThat(call("Float::subtract_v0", f(1.0), f(0.25))).isEqualTo(f(0.75));
    assertThat(call("Float::power_v0", f(4.0), f(-0.5))).isEqualTo(f(0.5));
    assertThat(call("Float::power_v0", f(1.0), f(Double.NaN))).isEqualTo(f(1.0));
    assertThat(((Dval.DFloat) call("Float::max_v0", f(10.0), f(Double.NaN))).value()).isNaN();
    assertThat(call("Float::min_v0", f(-2147483647.8), f(-0.0))).isEqualTo(f(-2147483647.8));
    assertThat(call("Float::lessThanOrEqualTo_v0", f(0.1), f(0.1))).isEqualTo(Dval.TRUE);
  }

  @Test
  void sumRefusesNonFloats() {
    assertThat(call("Float::sum_v0", list(f(1.0), f(0.5)))).isEqualTo(f(1.5));
    assertThat(call("Float::sum_v0", list(f(1.0), s("a"))))
        .isEqualTo(err("Expected the argument `a` to be a list of floats, but it was `[\n  1., \"a\"\n]`"));
  }

  @Test
  void parseReadsDotNetFloats() {
    assertThat(call("Float::parse_v0", s("+0.5"))).isEqualTo(new Dval.DOk(f(0.5)));
    assertThat(call("Float::parse_v0", s(".5"))).isEqualTo(new Dval.DOk(f(0.5)));
    assertThat(call("Float::parse_v0", s("-55555555555555555555555555555.5"))).isEqualTo(new Dval.DOk(f(-5.5555555555555555e28)));
    assertThat(call("Float::parse_v0", s(" 1,000.5e1 "))).isEqualTo(new Dval.DOk(f(10005.0)));
    for (String bad : List.of("-141s", "", ".", "1e", "0x10", "1d", ",5")) {
      assertThat(call("Float::parse_v0", s(bad))).as(bad)
          .isEqualTo(new Dval.DErr(s("Expected a string representation of an IEEE float")));
    }
  }
}
