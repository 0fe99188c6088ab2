package umbra.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One {@code umbra} command run in this JVM as a user would type it: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

  static CliRun umbra(Map<String, String> env, String... args) { return umbraWithInput(env, "", args); }

  /** With {@code stdin} as what a user pipes in (not a terminal). */
  static CliRun umbraWithInput(Map<String, String> env, String stdin, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = Main.standard(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false)
        .run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
