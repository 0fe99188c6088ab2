package umbra.handler.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogValueTest {
  @Test
  void aShortValueIsLoggedWhole() {
    assertThat(LogValue.cut("/users/7")).isEqualTo("/users/7");
  }

  @Test
  void aThirtyKilobyteValueIsLoggedAsItsStartAndItsLength() {
    String cut = LogValue.cut("/" + "a".repeat(30 * 1024));
    assertThat(cut).hasSize(LogValue.MAX_CHARS + "...(30521 more chars)".length()).endsWith("...(30521 more chars)");
  }
}
