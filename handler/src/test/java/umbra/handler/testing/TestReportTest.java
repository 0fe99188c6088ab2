package umbra.handler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import umbra.domain.testfile.Extras;
import umbra.domain.testfile.TestCase;
import umbra.domain.testfile.TestFile;

/** The report a person reads after {@code umbra test}. */
class TestReportTest {

  private static TestCase test(int line, String label, String code) {
    String name = label.isEmpty() ? "line " + line : label + " (line " + line + ")";
    return new TestCase(name, label, line, "", code, Extras.NONE, 0, false, Map.of(), Map.of(), Optional.empty());
  }

  @Test
  void aFailureIsOneLineWithFileLineNameAndReason() {
    var f = new TestResult.Failed(test(12, "adds", "1 + 1 = 3"), "expected 3, got 2");
    assertThat(TestReport.failureLine("ex/int.tests", f)).isEqualTo("ex/int.tests:12: adds: expected 3, got 2");
  }

  @Test
  void anUnnamedTestIsNamedByItsCodeAndNewlinesAreEscaped() {
    var f = new TestResult.Failed(test(3, "", "[1;\n 2] = [1]"), "expected [\n  1\n], got [\n  1, 2\n]");
    assertThat(TestReport.failureLine("a.tests", f))
        .isEqualTo("a.tests:3: [1;\\n 2] = [1]: expected [\\n  1\\n], got [\\n  1, 2\\n]")
        .doesNotContain("\n");
  }

  @Test
  void theSummaryCountsAndMentionsSkippedOnlyWhenThereAreSome() {
    var passed = new TestResult.Passed(test(1, "", "1"));
    var failed = new TestResult.Failed(test(2, "", "2"), "no");
    var pending = new TestResult.Pending(test(3, "", "// 3"));
    assertThat(TestReport.summary(List.of(passed, passed, failed))).isEqualTo("2 passed, 1 failed");
    assertThat(TestReport.summary(List.of(passed, pending))).isEqualTo("1 passed, 0 failed, 1 skipped");
  }

  @Test
  void printListsProblemsAndFailuresThenTheSummaryLast() {
    var failed = new TestResult.Failed(test(2, "x", "2"), "expected 1, got 2");
    var file = new TestFile("f.tests", List.of(failed.test()), Map.of(), List.of(new TestFile.Problem(1, "bad option")));
    var out = new ByteArrayOutputStream();
    TestReport.print(List.of(new TestReport.FileResults("d/f.tests", file, List.of(failed))),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
        .containsExactly("d/f.tests:1: bad option", "d/f.tests:2: x: expected 1, got 2", "0 passed, 1 failed");
  }
}
