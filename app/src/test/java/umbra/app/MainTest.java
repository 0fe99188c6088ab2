package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes and plain output. */
class MainTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() { return out.toString(StandardCharsets.UTF_8); }

  private String err() { return err.toString(StandardCharsets.UTF_8); }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).contains("test PATH...").contains("help");
    assertThat(run()).isEqualTo(0);
  }

  @Test
  void helpListsSelftestWhichTheScriptRuns() {
    assertThat(run("help")).isEqualTo(0);
    assertThat(out()).contains("  selftest [MAVEN_ARGS]  ").contains("secret list|set|delete CANVAS [NAME]").contains("undo CANVAS TOPLEVEL");
    assertThat(run("selftest")).isEqualTo(2);
    assertThat(err()).contains("./umbra script");
  }

  @Test
  void everyCommandAnswersHelpOnStdoutWithExitZero() {
    for (Command c : Main.standard().commands()) {
      for (String flag : List.of("--help", "-h")) {
        out.reset();
        err.reset();
        assertThat(run(c.name(), flag)).as(c.name() + " " + flag + ": " + err()).isZero();
        assertThat(err()).as(c.name() + " " + flag).isEmpty();
        assertThat(out()).as(c.name() + " " + flag)
            .startsWith(c.name().equals("help") ? "Umbra runs Dark programs" : "usage: umbra " + c.name());
      }
      out.reset();
      assertThat(run("help", c.name())).isZero();
      assertThat(out()).as("help " + c.name()).isNotEmpty();
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err()).contains("unknown command 'frobnicate'");
    assertThat(run("test")).isEqualTo(2);
    assertThat(run("test", dir.resolve("missing.tests").toString())).isEqualTo(2);
    assertThat(err()).contains("no such file or directory");
  }

  @Test
  void aDirectoryRunsItsTestFilesAndCountsPendingTestsAsSkipped() throws IOException {
    Files.writeString(dir.resolve("notes.tests"), "// nothing to run yet\n[test.later]\n// 1 = 1\n");
    Files.writeString(dir.resolve("ignored.txt"), "1 = 2\n");
    assertThat(run("test", dir.toString())).isEqualTo(0);
    assertThat(out().lines().toList()).last().isEqualTo("0 passed, 0 failed, 2 skipped");
  }

  @Test
  void aFailingTestIsReportedOnOneLineAndExitsWithOne() throws IOException {
    Path file = dir.resolve("bad.tests");
    Files.writeString(file, "\n1 = 2 // one is two\n");
    assertThat(run("test", file.toString())).isEqualTo(1);
    List<String> lines = out().lines().toList();
    assertThat(lines.get(0)).startsWith(file + ":2: one is two: ");
    assertThat(lines).last().isEqualTo("0 passed, 1 failed");
  }
}
