package umbra.domain.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a canvas may set as CORS origins and custom domains: only what the server would ever match. */
class CanvasSettingsRulesTest {
  private static final List<String> BASES = List.of("localhost", "builtwithdark.localhost");

  @Test
  void originsAreWrittenAsBrowsersSendThem() {
    for (String ok : List.of("https://example.com", "http://localhost:3000", "https://a-b.c.example.org:8443",
        "http://[::1]:8000", "app+x://host")) {
      assertThat(Cors.rejectOrigin(ok)).as(ok).isEmpty();
    }
    for (String bad : List.of("", "*", "example.com", "https://example.com/", "https://Example.com",
        "https://example.com/path", "https://a.com,https://b.com", "https://example.com:", " https://a.com",
        "null", "https://user@a.com")) {
      assertThat(Cors.rejectOrigin(bad)).as(bad).isPresent();
    }
    assertThat(Cors.rejectOrigin("*").orElseThrow()).contains("on its own");
  }

  @Test
  void customDomainsAreLowercaseHostNamesOutsideUmbrasOwn() {
    for (String ok : List.of("api.example.com", "a.b", "x-1.example.co.uk", "example.localhost.com", "a.b.localhost")) {
      assertThat(CustomDomain.reject(ok, BASES)).as(ok).isEmpty();
    }
    for (String bad : List.of("", "localhost", "API.example.com", "example.com.", "-a.example.com", "a-.example.com",
        "https://example.com", "example.com:8000", "example.com/x", "a..com", "exa mple.com", "ex_ample.com",
        "a".repeat(64) + ".com", "b.".repeat(127) + "com")) {
      assertThat(CustomDomain.reject(bad, BASES)).as(bad).isPresent();
    }
    assertThat(CustomDomain.reject("10.0.0.1", BASES).orElseThrow()).contains("IP address");
    assertThat(CustomDomain.reject("alice.localhost", BASES).orElseThrow()).contains("served by Umbra itself");
    assertThat(CustomDomain.reject("alice.builtwithdark.localhost", BASES).orElseThrow()).contains("served by Umbra itself");
    assertThat(CustomDomain.reject("builtwithdark.localhost", BASES)).isPresent();
  }
}
