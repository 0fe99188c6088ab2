package umbra.domain.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.canvas.Fixtures.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umbra.domain.syntax.Expr;

class RoutingColumnsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/hello/:name|/hello/%",
      "hello//test///|/hello/test",
      "/|/",
      "''|/",
      "/a_b/50%|/a\\_b/50\\%",
      "/:a/b/:c|/%/b/%"})
  void routesBecomeLikePatterns(String route, String pattern) {
    assertThat(RoutingColumns.likePattern(route)).isEqualTo(pattern);
  }

  private static RoutingColumns of(HandlerSpec spec) {
    return RoutingColumns.of(new Toplevel.Handler(1, ORIGIN, new Expr.EBlank(2), spec), false);
  }

  private static RoutingColumns cols(String module, String name, String modifier) {
    return new RoutingColumns(Optional.ofNullable(module), Optional.ofNullable(name), Optional.ofNullable(modifier));
  }

  @Test
  void eachHandlerKindHasItsColumns() {
    assertThat(of(new HandlerSpec.Http("/u/:id", "GET", IDS))).isEqualTo(cols("HTTP", "/u/%", "GET"));
    assertThat(of(new HandlerSpec.HttpBasic("/raw", "POST", IDS))).isEqualTo(cols("HTTP_BASIC", "/raw", "POST"));
    assertThat(of(new HandlerSpec.Worker("mail", IDS))).isEqualTo(cols("WORKER", "mail", "_"));
    assertThat(of(new HandlerSpec.OldWorker("JOBS", "mail", IDS))).isEqualTo(cols("JOBS", "mail", "_"));
    assertThat(of(new HandlerSpec.Cron("nightly", Optional.of(CronInterval.EVERY_12_HOURS), IDS)))
        .isEqualTo(cols("CRON", "nightly", "Every 12hrs"));
    assertThat(of(new HandlerSpec.Repl("play", IDS))).isEqualTo(cols("REPL", "play", "_"));
  }

  @Test
  void emptyStringsAreStoredAsNull() {
    assertThat(of(new HandlerSpec.Cron("nightly", Optional.empty(), IDS))).isEqualTo(cols("CRON", "nightly", null));
    assertThat(of(new HandlerSpec.UnknownHandler("", "", IDS))).isEqualTo(cols(null, null, null));
    assertThat(of(new HandlerSpec.Http("", "", IDS))).isEqualTo(cols("HTTP", "/", null));
  }

  @Test
  void deletedHandlersAndOtherToplevelsAreNotRoutable() {
    assertThat(RoutingColumns.of(http(1, "/a", "GET", 1), true)).isEqualTo(RoutingColumns.NONE);
    assertThat(RoutingColumns.of(fn(2, "f"), false)).isEqualTo(RoutingColumns.NONE);
  }

  @Test
  void completenessFollowsTheSpecTable() {
    assertThat(new HandlerSpec.Http("/a", "", IDS).isComplete()).isFalse();
    assertThat(new HandlerSpec.Cron("n", Optional.empty(), IDS).isComplete()).isFalse();
    assertThat(new HandlerSpec.Cron("n", Optional.of(CronInterval.EVERY_DAY), IDS).isComplete()).isTrue();
    assertThat(new HandlerSpec.UnknownHandler("n", "m", IDS).isComplete()).isFalse();
  }

  @Test
  void cronIntervalsParseCaseInsensitively() {
    assertThat(CronInterval.parse("every 1MIN")).contains(CronInterval.EVERY_MINUTE);
    assertThat(CronInterval.parse("Fortnightly")).contains(CronInterval.EVERY_FORTNIGHT);
    assertThat(CronInterval.parse("hourly")).isEmpty();
  }
}
