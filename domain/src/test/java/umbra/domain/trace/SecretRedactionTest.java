package umbra.domain.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;
import umbra.domain.value.SmallStack;
import umbra.domain.value.Symtable;

class SecretRedactionTest {
  private final SecretRedaction redaction = SecretRedaction.of(Map.of("KEY", "abc123", "LONG_KEY", "abc123-more", "EMPTY", ""));

  @Test
  void everyTextHoldingASecretHasItReplacedByItsName() {
    assertThat(redaction.text("abc123")).isEqualTo("<secret KEY>");
    assertThat(redaction.text("Bearer abc123, again abc123")).isEqualTo("Bearer <secret KEY>, again <secret KEY>");
    // the longer secret first, so it is not half-replaced by the one it contains
    assertThat(redaction.text("x abc123-more")).isEqualTo("x <secret LONG_KEY>");
    assertThat(redaction.text("nothing here")).isEqualTo("nothing here");
  }

  @Test
  void valuesKeepTheirShapeWithEveryStringInsideRedacted() {
    Dval value = new Dval.DList(List.of(new Dval.DStr("abc123"), new Dval.DInt(5),
        new Dval.DJust(Dval.DObj.of(Map.of("abc123", new Dval.DOk(new Dval.DStr("k=abc123")))) ),
        new Dval.DResponse(200, List.of(new Dval.Header("Authorization", "abc123")), new Dval.DError("bad abc123"))));
    assertThat(redaction.value(value)).isEqualTo(new Dval.DList(List.of(new Dval.DStr("<secret KEY>"), new Dval.DInt(5),
        new Dval.DJust(Dval.DObj.of(Map.of("<secret KEY>", new Dval.DOk(new Dval.DStr("k=<secret KEY>"))))),
        new Dval.DResponse(200, List.of(new Dval.Header("Authorization", "<secret KEY>")), new Dval.DError("bad <secret KEY>")))));
  }

  @Test
  void aRequestBodyNestedAHundredThousandDeepIsRedactedAndHashedWithoutTheJavaStack() throws InterruptedException {
    Dval deep = new Dval.DStr("abc123");
    Dval redacted = new Dval.DStr("<secret KEY>");
    for (int i = 0; i < 100_000; i++) {
      deep = i % 2 == 0 ? new Dval.DList(List.of(deep, new Dval.DInt(i))) : new Dval.DJust(deep);
      redacted = i % 2 == 0 ? new Dval.DList(List.of(redacted, new Dval.DInt(i))) : new Dval.DJust(redacted);
    }
    Dval input = deep;
    assertThat(SmallStack.call(() -> redaction.value(input))).isEqualTo(redacted);
    // its text, every line indented by its depth, would be 10^10 characters: the first 16 million are hashed
    assertThat(SmallStack.call(() -> ArgumentHash.v1(List.of(input)))).hasSize(64);
  }

  @Test
  void aValueHoldingOnePartMillionsOfTimesIsRedactedAsSmallAsItIs() {
    Dval shared = new Dval.DStr("abc123");
    Dval redacted = new Dval.DStr("<secret KEY>");
    for (int i = 0; i < 40; i++) {
      shared = new Dval.DList(List.of(shared, shared));
      redacted = new Dval.DList(List.of(redacted, redacted));
    }
    Dval out = redaction.value(shared);
    assertThat(((Dval.DList) out).items().get(0)).isSameAs(((Dval.DList) out).items().get(1));
    for (int i = 0; i < 40; i++) {
      out = ((Dval.DList) out).items().get(0);
      redacted = ((Dval.DList) redacted).items().get(0);
    }
    assertThat(out).isEqualTo(redacted);
  }

  @Test
  void whatATraceKeepsIsRedacted() {
    var result = new RecordedResult(1, "HttpClient::get", 2, "hash", 1, new Dval.DStr("abc123"), 7);
    assertThat(redaction.result(result).value()).isEqualTo(new Dval.DStr("<secret KEY>"));
    assertThat(redaction.result(result).hash()).isEqualTo("hash");
    assertThat(redaction.arguments(new RecordedArguments(3, Map.of("key", new Dval.DStr("abc123")))).args())
        .isEqualTo(Map.of("key", new Dval.DStr("<secret KEY>")));
    var outcome = new TraceOutcome(500, Optional.of("+ was called with abc123"), Optional.empty(), 9);
    assertThat(redaction.outcome(outcome).error()).contains("+ was called with <secret KEY>");
  }

  @Test
  void theSecretsOfACanvasAreItsStringGlobals() {
    var globals = Symtable.of(Map.of("TOKEN", new Dval.DStr("t0k"), "Users", new Dval.DDB("Users")));
    assertThat(SecretRedaction.ofGlobals(globals).text("t0k Users")).isEqualTo("<secret TOKEN> Users");
    assertThat(SecretRedaction.NONE.value(new Dval.DStr("t0k"))).isEqualTo(new Dval.DStr("t0k"));
  }
}
