package umbra.handler.effects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher(new SecureRandom());

  @Test
  void aHashChecksAgainstItsPasswordOnly() {
    byte[] hash = hasher.hash("👱👱🏻 correct horse");
    assertThat(new String(hash, StandardCharsets.US_ASCII)).startsWith("$argon2id$v=19$m=65536,t=2,p=1$");
    assertThat(hasher.check(hash, "👱👱🏻 correct horse")).isTrue();
    assertThat(hasher.check(hash, "👱👱🏻 correct horsE")).isFalse();
  }

  @Test
  void twoHashesOfOnePasswordDifferByTheirSalt() {
    assertThat(hasher.hash("")).isNotEqualTo(hasher.hash(""));
  }

  @Test
  void verifiesHashesOfTheReferenceArgon2Implementation() {
    // made by the reference `argon2` CLI (same encoding as libsodium's crypto_pwhash_str, which classic Dark used)
    String argon2i = "$argon2i$v=19$m=4096,t=3,p=1$c29tZXNhbHRzb21lc2FsdA$iDoHsJkczCNRjwISH0IL7Bxa65e7yZ8nY0yRqC+7Odw";
    String argon2id = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$/DO3gTkjHTS3Fia9YkXB1y76GQrWBcPYFmpyrc7fosI";
    assertThat(hasher.check(argon2i.getBytes(StandardCharsets.US_ASCII), "password")).isTrue();
    assertThat(hasher.check(argon2id.getBytes(StandardCharsets.US_ASCII), "password")).isTrue();
    assertThat(hasher.check(argon2id.getBytes(StandardCharsets.US_ASCII), "passwore")).isFalse();
    assertThat(hasher.check("not a hash".getBytes(StandardCharsets.US_ASCII), "password")).isFalse();
  }
}
