package umbra.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits {@code umbra serve} reads from its environment, and the one line it refuses a bad value with. */
class ClientLimitsTest {
  @Test
  void withoutVariablesTheDefaultsHold() {
    assertThat(ClientLimits.fromEnvironment(Map.of())).isEqualTo(ClientLimits.DEFAULTS);
    assertThat(ClientLimits.DEFAULTS).isEqualTo(new ClientLimits(Duration.ofSeconds(30), 240, Duration.ofSeconds(5), 256));
  }

  @Test
  void eachVariableSetsItsLimitAndZeroTurnsTheRateAndTheCapOff() {
    var limits = ClientLimits.fromEnvironment(Map.of("UMBRA_HTTP_HEADERS_TIMEOUT", "12",
        "UMBRA_HTTP_MIN_BODY_RATE", " 0 ", "UMBRA_HTTP_CONNECTIONS_PER_ADDRESS", "0"));
    assertThat(limits).isEqualTo(new ClientLimits(Duration.ofSeconds(12), 0, Duration.ofSeconds(5), 0));
    assertThat(ClientLimits.fromEnvironment(Map.of("UMBRA_HTTP_CONNECTIONS_PER_ADDRESS", "4096")).connectionsPerAddress())
        .isEqualTo(4096);
  }

  @Test
  void aBadValueIsRefusedSayingWhatIsExpected() {
    assertThatThrownBy(() -> ClientLimits.fromEnvironment(Map.of("UMBRA_HTTP_CONNECTIONS_PER_ADDRESS", "-1")))
        .hasMessage("UMBRA_HTTP_CONNECTIONS_PER_ADDRESS must be a number of connections (0 for no cap), not '-1'");
    assertThatThrownBy(() -> ClientLimits.fromEnvironment(Map.of("UMBRA_HTTP_HEADERS_TIMEOUT", "0")))
        .hasMessage("UMBRA_HTTP_HEADERS_TIMEOUT must be a positive number of seconds, not '0'");
    assertThatThrownBy(() -> ClientLimits.fromEnvironment(Map.of("UMBRA_HTTP_MIN_BODY_RATE", "fast")))
        .hasMessage("UMBRA_HTTP_MIN_BODY_RATE must be a number of bytes a second (0 for no minimum), not 'fast'");
  }
}
