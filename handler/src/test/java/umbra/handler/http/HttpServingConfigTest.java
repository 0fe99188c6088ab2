package umbra.handler.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import umbra.domain.http.ResponseLimit;

class HttpServingConfigTest {
  private final HttpServingConfig defaults = HttpServingConfig.defaults(new byte[0]);

  @Test
  void theResponseLimitIs64MiBUnlessTheEnvironmentSaysOtherwise() {
    assertThat(defaults.withResponseLimitFrom(Map.of()).responseLimit().maxBodyBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(defaults.withResponseLimitFrom(Map.of("UMBRA_MAX_RESPONSE_BYTES", " 1048576 ")).responseLimit())
        .isEqualTo(new ResponseLimit(1048576));
    for (String wrong : new String[] {"0", "-5", "64MiB", ""}) {
      assertThatThrownBy(() -> defaults.withResponseLimitFrom(Map.of("UMBRA_MAX_RESPONSE_BYTES", wrong)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("UMBRA_MAX_RESPONSE_BYTES must be a positive number of bytes, not '" + wrong + "'");
    }
  }
}
