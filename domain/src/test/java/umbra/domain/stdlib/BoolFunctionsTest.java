package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.CoreCalls.*;

import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;

class BoolFunctionsTest {

  @Test
  void logicAndItsOperators() {
    assertThat(call("&&", Dval.TRUE, Dval.FALSE)).isEqualTo(Dval.FALSE);
    assertThat(call("||", Dval.FALSE, Dval.TRUE)).isEqualTo(Dval.TRUE);
    assertThat(call("Bool::xor_v0", Dval.TRUE, Dval.TRUE)).isEqualTo(Dval.FALSE);
    assertThat(call("Bool::not_v0", Dval.FALSE)).isEqualTo(Dval.TRUE);
  }

  @Test
  void operatorsReportErrorsUnderTheirOwnName() {
    assertThat(call("&&", Dval.TRUE, i(1))).isEqualTo(err("&& was called with a Int (1), but `b` expected a Bool."));
  }

  @Test
  void isErrorSeesErrorsButBlanksStillShortCircuit() {
    assertThat(call("Bool::isError_v0", err("test"))).isEqualTo(Dval.TRUE);
    assertThat(call("Bool::isError_v0", Dval.TRUE)).isEqualTo(Dval.FALSE);
    assertThat(call("Bool::isError_v0", Dval.INCOMPLETE)).isInstanceOf(Dval.DIncomplete.class);
  }

  @Test
  void isNull() {
    assertThat(call("Bool::isNull_v0", Dval.NULL)).isEqualTo(Dval.TRUE);
    assertThat(call("Bool::isNull_v0", Dval.NOTHING)).isEqualTo(Dval.FALSE);
  }
}
