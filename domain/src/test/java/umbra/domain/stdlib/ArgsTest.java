package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DInt;
import umbra.domain.value.Dval.DStr;

/** Args holds up to two values in fields and more in a list: every size reads the same. */
class ArgsTest {

  @Test
  void everySizeKeepsItsValuesInOrder() {
    for (int n = 0; n <= 4; n++) {
      var values = new ArrayList<Dval>();
      for (int i = 0; i < n; i++) values.add(new DInt(i));
      for (Args a : List.of(new Args(values), Args.of(values.toArray(Dval[]::new)))) {
        assertThat(a.size()).isEqualTo(n);
        assertThat(a.values()).isEqualTo(values);
        for (int i = 0; i < n; i++) assertThat(a.integer(i)).isEqualTo(i);
        int past = n;
        assertThatThrownBy(() -> a.get(past)).isInstanceOf(IndexOutOfBoundsException.class);
      }
    }
    assertThat(Args.of(new DInt(7)).values()).containsExactly(new DInt(7));
    assertThat(Args.of(new DInt(7), new DStr("x"))).isEqualTo(new Args(List.of(new DInt(7), new DStr("x"))));
  }

  @Test
  void aWrongKindIsIncorrectArgsAndTheListIsACopy() {
    var values = new ArrayList<Dval>(List.of(new DStr("x")));
    Args a = new Args(values);
    values.add(new DInt(1));
    assertThat(a.size()).isEqualTo(1);
    assertThatThrownBy(() -> a.integer(0)).isInstanceOf(BuiltinFailure.IncorrectArgs.class);
    assertThatThrownBy(() -> Args.of((Dval) null)).isInstanceOf(NullPointerException.class);
  }
}
