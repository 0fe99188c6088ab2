package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The formats of .NET's Guid.TryParse. */
class GuidsTest {

  private static final UUID ID = UUID.fromString("3700adbc-7a46-4ff4-81d3-45afb03f6e2d");

  @Test
  void acceptsEveryDotNetFormatAndSurroundingSpace() {
    assertThat(Guids.parse("3700ADBC-7A46-4FF4-81D3-45AFB03F6E2D")).contains(ID);
    assertThat(Guids.parse("3700adbc7a464ff481d345afb03f6e2d")).contains(ID);
    assertThat(Guids.parse("{3700adbc-7a46-4ff4-81d3-45afb03f6e2d}")).contains(ID);
    assertThat(Guids.parse("(3700adbc-7a46-4ff4-81d3-45afb03f6e2d)")).contains(ID);
    assertThat(Guids.parse("{0x3700adbc,0x7a46,0x4ff4,{0x81,0xd3,0x45,0xaf,0xb0,0x3f,0x6e,0x2d}}")).contains(ID);
    assertThat(Guids.parse("  3700adbc-7a46-4ff4-81d3-45afb03f6e2d\n")).contains(ID);
  }

  @Test
  void refusesWhatJavaWouldAccept() {
    assertThat(Guids.parse("1-2-3-4-5")).isEmpty();
    assertThat(Guids.parse("3700adbc-7a46-4ff4-81d3-45afb03f6e2")).isEmpty();
    assertThat(Guids.parse("{3700adbc-7a46-4ff4-81d3-45afb03f6e2d)")).isEmpty();
    assertThat(Guids.parse("3700adbc-7a46-4ff4-81d3+45afb03f6e2d")).isEmpty();
    assertThat(Guids.parse("g700adbc-7a46-4ff4-81d3-45afb03f6e2d")).isEmpty();
  }
}
