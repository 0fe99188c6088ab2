package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static umbra.domain.stdlib.CoreCalls.*;

import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;

class MathFunctionsTest {

  private static double num(Dval v) { return ((Dval.DFloat) v).value(); }

  @Test
  void constantsAndAngleConversions() {
    assertThat(call("Math::pi_v0")).isEqualTo(f(Math.PI));
    assertThat(call("Math::tau_v0")).isEqualTo(f(2 * Math.PI));
    assertThat(num(call("Math::degrees_v0", f(-180.0)))).isCloseTo(-Math.PI, within(1e-12));
    assertThat(num(call("Math::turns_v0", f(-0.5)))).isCloseTo(-Math.PI, within(1e-12));
    assertThat(call("Math::radians_v0", f(6.283185307179586))).isEqualTo(f(6.283185307179586));
  }

  @Test
  void trigonometry() {
    assertThat(num(call("Math::sin_v0", f(Math.PI / 2)))).isCloseTo(1.0, within(1e-12));
    assertThat(num(call("Math::atan2_v0", f(-1.0), f(-1.0)))).isCloseTo(-2.35619449019, within(1e-10));
    assertThat(num(call("Math::cosh_v0", f(0.0)))).isEqualTo(1.0);
  }

  @Test
  void tanhGivesTheHyperbolicSineAsDarkAlwaysDid() {
    assertThat(call("Math::tanh_v0", f(1.0))).isEqualTo(f(Math.sinh(1.0)));
  }

  @Test
  void arcSineAndCosineAreNothingOutsideMinusOneToOne() {
    assertThat(call("Math::acos_v0", f(-1.0))).isEqualTo(new Dval.DJust(f(Math.PI)));
    assertThat(call("Math::asin_v0", f(5.0))).isEqualTo(Dval.NOTHING);
    assertThat(call("Math::acos_v0", f(Double.NaN))).isEqualTo(Dval.NOTHING);
  }
}
