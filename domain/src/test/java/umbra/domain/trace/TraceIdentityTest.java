package umbra.domain.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** The test vectors of backend.md 3.4 and 3.6. */
class TraceIdentityTest {
  @Test
  void defaultTraceIdsAreUuidV5OfTheTlid() {
    assertThat(TraceIds.defaultFor(325970458L)).isEqualTo(UUID.fromString("e170d0d5-14de-530e-8dd0-a445aee7ca81"));
    assertThat(TraceIds.defaultFor(1539654774L)).isEqualTo(UUID.fromString("1d10dd39-9638-53c8-86ca-643c267efe44"));
  }

  @Test
  void argumentHashV1MatchesDark() {
    assertThat(ArgumentHash.v1(List.of(new DBytes(new byte[0]))))
        .isEqualTo("JEK8_Gubug09wt7BUWWIPypb2yoMYI4TjzCWqbGWWrK6mNP4I-vszXmZNlDjX2ig");
    assertThat(ArgumentHash.v1(List.of(new DBytes(new byte[] {(byte) 0x80}))))
        .isEqualTo("EYSh9xozHYAoaIUeS40e25VqvD1K7cA72JhEKbAmMtj6xhN02H7nouKqx4GCtvo_");
    assertThat(ArgumentHash.v1(List.of(new DRedirect("H"), new DStr("\""), Dval.INCOMPLETE)))
        .isEqualTo("koFt73igAWTI4-ROoi18TnrSKAN7RDuYjiWD43HGXy7qL9s7LlKbSUjSZeGV6Gt6");
  }
}
