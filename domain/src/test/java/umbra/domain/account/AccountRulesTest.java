package umbra.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountRulesTest {
  @Test
  void newAccountNames() {
    assertThat(AccountName.rejectNew("alice")).isEmpty();
    assertThat(AccountName.rejectNew("a_1")).isEmpty();
    assertThat(AccountName.rejectNew("al")).contains(
        "Invalid username 'al', can only contain lowercase roman letters and digits, or '_'");
    assertThat(AccountName.rejectNew("Alice")).isPresent();
    assertThat(AccountName.rejectNew("a".repeat(22))).contains("Username was too long, must be <= 20.");
    assertThat(AccountName.rejectNew("admin")).contains("Username is not allowed");
  }

  @Test
  void canvasNamesAndOwners() {
    assertThat(CanvasName.isValid("alice")).isTrue();
    assertThat(CanvasName.isValid("alice-")).isTrue();
    assertThat(CanvasName.isValid("alice-my-blog_2")).isTrue();
    assertThat(CanvasName.owner("alice-my-blog")).isEqualTo("alice");
    assertThat(CanvasName.owner("alice")).isEqualTo("alice");
    assertThat(CanvasName.reject("2xx6")).contains(
        "Invalid username '2xx6' - must be 2-20 lowercase characters, and must start with a letter.");
    assertThat(CanvasName.reject("a".repeat(24))).isPresent();
    assertThat(CanvasName.reject("alice-" + "x".repeat(60))).contains("Invalid canvas name - must be <= 64 characters");
    assertThat(CanvasName.reject("")).contains("Invalid canvas name - no canvas name");
    assertThat(CanvasName.reject("alice-Blog")).contains(
        "Invalid canvas name 'alice-Blog' - must contain only letters, digits, and '-'");
  }

  @Test
  void permissions() {
    assertThat(Permission.of("alice", false, "alice-blog", Optional.empty())).contains(Permission.READ_WRITE);
    assertThat(Permission.of("bob", false, "alice-blog", Optional.empty())).isEmpty();
    assertThat(Permission.of("bob", false, "alice-blog", Optional.of(Permission.READ))).contains(Permission.READ);
    assertThat(Permission.of("bob", true, "alice-blog", Optional.empty())).contains(Permission.READ_WRITE);
    assertThat(Permission.of("bob", false, "sample-x", Optional.empty())).contains(Permission.READ);
    assertThat(Permission.of("bob", false, "sample-x", Optional.of(Permission.READ_WRITE))).contains(Permission.READ_WRITE);
    // "alicex" is not "alice": ownership is by the exact text before the first dash
    assertThat(Permission.of("alice", false, "alicex", Optional.empty())).isEmpty();
    assertThat(Permission.READ_WRITE.allows(Permission.READ)).isTrue();
    assertThat(Permission.READ.allows(Permission.READ_WRITE)).isFalse();
  }

  @Test
  void theFastCanvasNameCheckAgreesWithTheRuleOnEveryShape() {
    var names = new java.util.ArrayList<>(java.util.List.of("", "a", "ab", "abc", "abc-", "abc--x", "abc-x_y-9", "Abc", "1bc",
        "a_c", "abcdefghijklmnopqrstu", "abcdefghijklmnopqrstuv", "abcdefghijklmnopqrstu-x", "ab-cd", "abc-X", "abc.d",
        "abc-" + "x".repeat(60), "abc-" + "x".repeat(61), "bench-datastore", "a-b", "abc-é"));
    var random = new java.util.Random(7);
    String alphabet = "ab_z09-X.";
    for (int i = 0; i < 20_000; i++) {
      var sb = new StringBuilder();
      for (int k = random.nextInt(26); k > 0; k--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      names.add(sb.toString());
    }
    for (String name : names) {
      org.assertj.core.api.Assertions.assertThat(CanvasName.isValid(name)).as(name).isEqualTo(CanvasName.reject(name).isEmpty());
    }
  }
}
