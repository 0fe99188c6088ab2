package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.TextModules.call;
import static umbra.domain.stdlib.TextModules.errorOf;
import static umbra.domain.stdlib.TextModules.s;
import static umbra.domain.stdlib.TextModules.start;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.Outcome;
import umbra.domain.value.Dval;

class BytesFunctionsTest {

  private static Dval bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int k = 0; k < values.length; k++) b[k] = (byte) values[k];
    return new Dval.DBytes(b);
  }

  private static Dval okUtf8(String text) { return Dval.ok(new Dval.DBytes(text.getBytes(StandardCharsets.UTF_8))); }

  @Test
  void decoding_accepts_both_alphabets_with_or_without_padding() {
    for (String version : new String[] {"Bytes::base64Decode_v0", "Bytes::base64Decode_v1"}) {
      assertThat(call(version, s("Kw"))).isEqualTo(okUtf8("+"));
      assertThat(call(version, s("Zm8="))).isEqualTo(okUtf8("fo"));
      assertThat(call(version, s("Zm9vYmC="))).isEqualTo(okUtf8("foob`"));
      assertThat(call(version, s(""))).isEqualTo(okUtf8(""));
      assertThat(call(version, s("-p"))).isEqualTo(Dval.ok(bytes(250)));
      assertThat(call(version, s("_w"))).isEqualTo(Dval.ok(bytes(255)));
      assertThat(call(version, s("5Sk"))).isEqualTo(Dval.ok(bytes(229, 41)));
      assertThat(call(version, s("Zm 8="))).isEqualTo(Dval.err(s("Not a valid base64 string")));
    }
  }

  @Test
  void v1_reports_malformed_input_as_an_error_result() {
    assertThat(call("Bytes::base64Decode_v1", s("illegal-chars&@:"))).isEqualTo(Dval.err(s("Not a valid base64 string")));
    assertThat(call("Bytes::base64Decode_v1", s("x"))).isEqualTo(Dval.err(s("Not a valid base64 string")));
  }

  @Test
  void v0_lets_malformed_input_fail_as_an_unknown_error() {
    Evaluation e = start("Bytes::base64Decode_v0", s("illegal-chars&@:"));
    Dval result = ((Outcome.Done) e.run()).value();
    assertThat(errorOf(result)).isEqualTo("Unknown error");
    assertThat(e.reportedExceptions()).hasSize(1);
  }

  @Test
  void encoding_is_url_safe_with_padding_and_hex_is_uppercase() {
    Dval text = new Dval.DBytes("👱👱🏻👱🏼👱🏽👱🏾👱🏿".getBytes(StandardCharsets.UTF_8));
    assertThat(call("Bytes::base64Encode_v0", text))
        .isEqualTo(s("8J-RsfCfkbHwn4-78J-RsfCfj7zwn5Gx8J-PvfCfkbHwn4--8J-RsfCfj78="));
    assertThat(call("Bytes::hexEncode_v0", bytes(0x31, 0xD8, 0xA7))).isEqualTo(s("31D8A7"));
    assertThat(call("Bytes::length_v0", text)).isEqualTo(new Dval.DInt(44));
  }
}
