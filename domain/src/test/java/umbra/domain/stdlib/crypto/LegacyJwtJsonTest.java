package umbra.domain.stdlib.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DFloat;
import umbra.testing.Property;

class LegacyJwtJsonTest {

  @ParameterizedTest
  @CsvSource({"0.0,0.0", "1,1.0", "-3,-3.0", "6.7,6.7", "0.1,0.1", "1e15,1000000000000000.0", "1e16,1e+16",
      "1e-5,1e-05", "0.0001,0.0001", "123.456,123.456", "0.30000000000000004,0.30000000000000004",
      "-1.5e-300,-1.5e-300", "1.7976931348623157e308,1.7976931348623157e+308"})
  void floatsPrintAsYojsonDid(double value, String expected) {
    assertThat(LegacyJwtJson.number(value)).isEqualTo(expected);
  }

  @Test
  void everyFloatSurvivesPrintingAndJsonNetReading() {
    Property.forAll(r -> Double.longBitsToDouble(r.nextLong()), d -> {
      Dval back = NewtonsoftJson.parse(LegacyJwtJson.number(d));
      assertThat(back).isEqualTo(new DFloat(d));
    });
  }
}
