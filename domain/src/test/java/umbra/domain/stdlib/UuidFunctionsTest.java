package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.CoreCalls.*;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import umbra.domain.eval.Outcome;
import umbra.domain.value.Dval;

class UuidFunctionsTest {

  @Test
  void parseAcceptsTheCanonicalForm() {
    assertThat(call("Uuid::parse_v0", s("3700adbc-7a46-4ff4-81d3-45afb03f6e2d")))
        .isEqualTo(new Dval.DOk(new Dval.DUuid(UUID.fromString("3700adbc-7a46-4ff4-81d3-45afb03f6e2d"))));
  }

  @Test
  void parseRefusesAnythingElseWithTheFormMessage() {
    for (String bad : List.of("👱🏼", "1111111🍇-2222-3333-4444-555555555555", "123456", "d388ff30-667f-11eb-ae93",
        "d388ff30-667f-11eb-ae93-0242ac13000", "1-2-3-4-5")) {
      assertThat(call("Uuid::parse_v0", s(bad))).as(bad)
          .isEqualTo(new Dval.DErr(s("`uuid` parameter was not of form XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX")));
    }
  }

  @Test
  void generateIsAnEffectAnsweredByTheCaller() {
    var run = start("Uuid::generate_v0");
    var out = (Outcome.Suspended) run.run();
    assertThat(out.request().function().toString()).isEqualTo("Uuid::generate");
    assertThat(out.request().args()).isEmpty();
    Dval answer = new Dval.DUuid(new UUID(1, 2));
    assertThat(run.resume(answer)).isEqualTo(new Outcome.Done(answer));
  }
}
