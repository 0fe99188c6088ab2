package umbra.domain.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** backend.md 3.5: the rules and the .NET GUID arithmetic of sample-one-in-n. */
class SamplingRuleTest {
  @Test
  void rulesParseAndPrint() {
    for (String text : new String[] {"sample-none", "sample-all", "sample-all-with-telemetry", "sample-one-in-7"}) {
      assertThat(SamplingRule.parse(text).text()).isEqualTo(text);
    }
    assertThat(SamplingRule.parse("sample-one-in-0")).isEqualTo(new SamplingRule.None());
    assertThat(SamplingRule.parse("whatever")).isEqualTo(new SamplingRule.None());
  }

  @Test
  void rulesUsersSetMustBeWrittenExactly() {
    for (String text : new String[] {"sample-none", "sample-all", "sample-all-with-telemetry", "sample-one-in-1",
        "sample-one-in-1000"}) {
      assertThat(SamplingRule.parseExactly(text).orElseThrow().text()).isEqualTo(text);
    }
    for (String text : new String[] {"", "sample-al", "Sample-all", " sample-all", "sample-one-in-0", "sample-one-in-",
        "sample-one-in--3", "sample-one-in-+3", "sample-one-in-07", "sample-one-in-x", "sample-one-in-99999999999999999999"}) {
      assertThat(SamplingRule.parseExactly(text)).as(text).isEmpty();
    }
  }

  @Test
  void oneInNReadsTheFirstThreeGroupsLikeDotNet() {
    // d1 + d2 * 2^32 + d3 * 2^48
    assertThat(SamplingRule.dotNetGuidPrefix(UUID.fromString("00000002-0001-0001-8000-000000000000")))
        .isEqualTo(2L + (1L << 32) + (1L << 48));
    var oneInTwo = SamplingRule.parse("sample-one-in-2");
    assertThat(oneInTwo.traces(UUID.fromString("00000002-0000-4000-8000-000000000000"))).isTrue();
    assertThat(oneInTwo.traces(UUID.fromString("00000003-0000-4000-8000-000000000000"))).isFalse();
    // wraps to a negative int64; the signed remainder is still 0 for even numbers
    assertThat(oneInTwo.traces(UUID.fromString("00000000-0000-8000-8000-000000000000"))).isTrue();
    assertThat(SamplingRule.parse("sample-one-in-3").traces(UUID.fromString("ffffffff-ffff-ffff-8000-000000000000")))
        .isEqualTo(SamplingRule.dotNetGuidPrefix(UUID.fromString("ffffffff-ffff-ffff-8000-000000000000")) % 3 == 0);
  }

  @Test
  void aHandlersOwnRuleWinsOverTheDefault() {
    var policy = new TracingPolicy(SamplingRule.ALL, Map.of(7L, new SamplingRule.None()));
    UUID any = UUID.randomUUID();
    assertThat(policy.traces(7, any)).isFalse();
    assertThat(policy.traces(8, any)).isTrue();
  }
}
