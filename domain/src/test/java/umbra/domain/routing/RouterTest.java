package umbra.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RouterTest {
  private static List<String> winners(String path, String... routes) {
    return Router.mostSpecific(List.of(routes), Function.identity(), path).stream().map(Router.Match::route).toList();
  }

  @Test
  void sanitizingCollapsesSlashes() {
    assertThat(Router.sanitize("//")).isEqualTo("/");
    assertThat(Router.sanitize("/abc//")).isEqualTo("/abc");
    assertThat(Router.sanitize("/abcabc//xyz///")).isEqualTo("/abcabc/xyz");
    assertThat(Router.sanitize("")).isEqualTo("/");
  }

  @Test
  void likePatternsReplaceVariablesAndEscapeWildcards() {
    assertThat(Router.likePattern("/hello/:name")).isEqualTo("/hello/%");
    assertThat(Router.likePattern("hello//test///")).isEqualTo("/hello/test");
    assertThat(Router.likePattern("/")).isEqualTo("/");
    assertThat(Router.likePattern("/a_b/100%")).isEqualTo("/a\\_b/100\\%");
  }

  @Test
  void aShortRouteEndingInAVariableSwallowsTheRest() {
    assertThat(Router.bind("/a/:b", "/a/b/c/d")).contains(Map.of("b", "b/c/d"));
    assertThat(Router.bind("/a/b", "/a/b/c")).isEmpty();
    assertThat(Router.bind("/hello/:name", "/hello")).isEmpty();
    assertThat(Router.bind("/:a", "/")).isEmpty();
  }

  @Test
  void literalsBeatVariablesFromTheLeftThenLongerRoutesWin() {
    assertThat(winners("/a", "/:foo", "/a")).containsExactly("/a");
    assertThat(winners("/some/req", "/:first", "/:first/:second")).containsExactly("/:first/:second");
    assertThat(winners("/a/b/c", "/:a/b/c", "/a/:b/c", "/a/b/:c")).containsExactly("/a/b/:c");
    assertThat(winners("/a/b/c/d/e/f", "/:a/b/c/:d/e/f", "/:a/b/c/d/:e/:f")).containsExactly("/:a/b/c/d/:e/:f");
  }

  @Test
  void equallySpecificRoutesAllComeBackSoTheCallerCanReportTheClash() {
    assertThat(winners("/x", "/x", "/x")).hasSize(2);
  }
}
