package umbra.domain.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import umbra.domain.syntax.Expr;
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
  void nestedCollectionsAreRedactedAtEveryDepth() {
    assertThat(redaction.value(nested("x abc123 y"))).isEqualTo(nested("x <secret KEY> y"));
  }

  @Test
  void aValueNestedAsDeepAsUserCodeMakesItIsRedactedWithoutExhaustingTheStack() {
    int depth = 200_000;
    Dval deep = new Dval.DStr("abc123");
    for (int i = 0; i < depth; i++) {
      deep = i % 2 == 0 ? new Dval.DList(List.of(deep, new Dval.DInt(i))) : new Dval.DJust(deep);
    }
    Dval kept = redaction.value(deep);
    // taken apart by a loop: the records' own equals and hashCode would recurse as deep
    for (int i = depth - 1; i >= 0; i--) {
      if (i % 2 == 0) {
        var list = (Dval.DList) kept;
        assertThat(list.items().get(1)).isEqualTo(new Dval.DInt(i));
        kept = list.items().get(0);
      } else {
        kept = ((Dval.DJust) kept).value();
      }
    }
    assertThat(kept).isEqualTo(new Dval.DStr("<secret KEY>"));
  }

  /** {@code {outer: (1, [{inner: [ErrorRail (Just text)]}])}} */
  private static Dval nested(String text) {
    Dval inner = new Dval.DList(List.of(new Dval.DErrorRail(new Dval.DJust(new Dval.DStr(text)))));
    Dval list = new Dval.DList(List.of(Dval.DObj.of(Map.of("inner", inner))));
    return Dval.DObj.of(Map.of("outer", new Dval.DTuple(new Dval.DInt(1), list, List.of())));
  }

  @Test
  void bytesHoldingASecretHaveItReplaced() {
    byte[] bytes = "pre abc123 and abc123".getBytes(StandardCharsets.UTF_8);
    assertThat(redaction.value(new Dval.DBytes(bytes)))
        .isEqualTo(new Dval.DBytes("pre <secret KEY> and <secret KEY>".getBytes(StandardCharsets.UTF_8)));
    Dval other = new Dval.DBytes(new byte[] {1, 2, 3});
    assertThat(redaction.value(other)).isSameAs(other);
  }

  @Test
  void errorTextsLoseTheSecretAlsoAsTheBase64TheyPrintBytesIn() {
    String base64 = Base64.getEncoder().encodeToString("abc123".getBytes(StandardCharsets.UTF_8));
    Dval error = new Dval.DError("String::length_v1 was called with a Bytes (" + base64 + "), but `s` expected a Str.");
    assertThat(redaction.value(error)).isEqualTo(
        new Dval.DError("String::length_v1 was called with a Bytes (<secret KEY>), but `s` expected a Str."));
    var outcome = new TraceOutcome(500, Optional.of("got " + base64), Optional.empty(), 0);
    assertThat(redaction.outcome(outcome).error()).contains("got <secret KEY>");
  }

  @Test
  void aFunctionValueLosesTheEnvironmentItCaptured() {
    var env = Symtable.of(Map.of("KEY", new Dval.DStr("abc123"))).bind("local", new Dval.DStr("abc123-more"));
    var body = new Expr.EVariable(5, "KEY");
    var lambda = new Dval.DLambda(List.of(new Expr.LambdaParam(4, "x")), env, body);
    Dval kept = redaction.value(new Dval.DList(List.of(lambda)));
    assertThat(kept).isEqualTo(new Dval.DList(List.of(new Dval.DLambda(lambda.params(), Symtable.empty(), body))));
    assertThat(kept.toString()).doesNotContain("abc123");
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
