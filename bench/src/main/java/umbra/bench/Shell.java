package umbra.bench;

import java.io.IOException;
import java.util.List;

/** Runs a command line to its end. */
final class Shell {
  private Shell() {}

  /** What the command printed (stdout and stderr together); a failure if it exits non-zero. */
  static String run(List<String> command) throws IOException, InterruptedException {
    var p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
    return out;
  }
}
