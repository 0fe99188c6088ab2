package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DotNetNumbersTest {

  @Test
  void int64ParsingIsDotNetsIntegerStyle() {
    assertThat(DotNetNumbers.parseInt64("\t-42 ")).hasValue(-42);
    assertThat(DotNetNumbers.parseInt64("078")).hasValue(78);
    assertThat(DotNetNumbers.parseInt64("9223372036854775807")).hasValue(Long.MAX_VALUE);
    assertThat(DotNetNumbers.parseInt64("9223372036854775808")).isEmpty();
    assertThat(DotNetNumbers.parseInt64("+")).isEmpty();
    assertThat(DotNetNumbers.parseInt64("1_000")).isEmpty();
    assertThat(DotNetNumbers.parseInt64("\u00a01")).isEmpty(); // no-break space is not number white space
  }

  @Test
  void doubleParsingIsDotNetsFloatStyleWithThousands() {
    assertThat(DotNetNumbers.parseDouble("1.")).hasValue(1.0);
    assertThat(DotNetNumbers.parseDouble("-.5e-1")).hasValue(-0.05);
    assertThat(DotNetNumbers.parseDouble("1,,2")).hasValue(12.0);
    assertThat(DotNetNumbers.parseDouble("1e400")).hasValue(Double.POSITIVE_INFINITY);
    assertThat(DotNetNumbers.parseDouble("-infinity")).hasValue(Double.NEGATIVE_INFINITY);
    assertThat(DotNetNumbers.parseDouble("NaN").getAsDouble()).isNaN();
    assertThat(DotNetNumbers.parseDouble("1.5f")).isEmpty();
    assertThat(DotNetNumbers.parseDouble("0x1p3")).isEmpty();
    assertThat(DotNetNumbers.parseDouble("1.2.3")).isEmpty();
    assertThat(DotNetNumbers.parseDouble("1e+")).isEmpty();
  }

  @Test
  void truncationToInt64GivesInt64MinOutsideTheRange() {
    assertThat(DotNetNumbers.truncateToInt64(-2.9)).isEqualTo(-2);
    assertThat(DotNetNumbers.truncateToInt64(9.223372036854775807e18)).isEqualTo(Long.MIN_VALUE);
    assertThat(DotNetNumbers.truncateToInt64(Math.nextDown(0x1p63))).isEqualTo(0x7ffffffffffffc00L);
  }
}
