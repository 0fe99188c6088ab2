package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.Builtins.call;
import static umbra.domain.stdlib.Builtins.value;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

class CryptoFunctionsTest {

  private static DBytes bytes(String s) { return new DBytes(s.getBytes(StandardCharsets.UTF_8)); }

  private static String hex(Dval d) { return HexFormat.of().formatHex(((DBytes) d).bytes()); }

  @Test
  void digestsMatchTheStandardVectors() {
    assertThat(hex(value("Crypto::md5_v0", bytes("")))).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    assertThat(hex(value("Crypto::sha256_v0", bytes("abc"))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(hex(value("Crypto::sha384_v0", bytes("abc"))))
        .isEqualTo("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7");
  }

  @Test
  void hmacsMatchRfc4231AndRfc2202() {
    var key = new DBytes(HexFormat.of().parseHex("0b".repeat(20)));
    assertThat(hex(value("Crypto::sha256hmac_v0", key, bytes("Hi There"))))
        .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    assertThat(hex(value("Crypto::sha1hmac_v0", key, bytes("Hi There"))))
        .isEqualTo("b617318655057264e28bc0b6fb378c8ef146be00");
  }

  @Test
  void anEmptyHmacKeyWorksAsInDotNet() {
    // HMAC-SHA256 with an empty key and empty message (a widely published value)
    assertThat(hex(value("Crypto::sha256hmac_v0", bytes(""), bytes(""))))
        .isEqualTo("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
  }

  @Test
  void aWrongArgumentIsReportedAsSuch() {
    assertThat(call("Crypto::sha256_v0", Dval.str("x"))).isInstanceOf(Builtins.IncorrectArgs.class);
  }

  @Test
  void passwordHashingAndCheckingAreEffectsAfterArgumentChecks() {
    assertThat(call("Password::hash_v0", Dval.str("pw"))).isEqualTo(new Builtins.Effect(List.of(Dval.str("pw"))));
    var hash = new DPassword(new byte[] {1, 2});
    assertThat(call("Password::check_v0", hash, Dval.str("pw")))
        .isEqualTo(new Builtins.Effect(List.of(hash, Dval.str("pw"))));
    assertThat(call("Password::hash_v0", new DInt(1))).isInstanceOf(Builtins.IncorrectArgs.class);
    assertThat(call("Password::check_v0", Dval.str("pw"), Dval.str("pw"))).isInstanceOf(Builtins.IncorrectArgs.class);
  }
}
