package umbra.handler.testing;

import java.io.PrintStream;
import java.util.List;
import umbra.domain.testfile.TestFile;

/**
 * The plain-text report of a test run: one line per failing test,
 * {@code FILE:LINE: NAME: expected <x>, got <y>}, then the counts alone on the last line.
 */
public final class TestReport {
  private TestReport() {}

  /** The results of one file, with the file's name as the user wrote it. */
  public record FileResults(String path, TestFile file, List<TestResult> results) {}

  public static void print(List<FileResults> files, PrintStream out) {
    for (FileResults f : files) {
      for (TestFile.Problem p : f.file().problems()) out.println(f.path() + ":" + p.line() + ": " + oneLine(p.message()));
      for (TestResult r : f.results()) {
        if (r instanceof TestResult.Failed failed) out.println(failureLine(f.path(), failed));
      }
    }
    out.println(summary(files.stream().flatMap(f -> f.results().stream()).toList()));
  }

  public static String failureLine(String path, TestResult.Failed f) {
    return path + ":" + f.test().line() + ": " + oneLine(f.test().title()) + ": " + oneLine(f.reason());
  }

  /** {@code N passed, M failed}, plus {@code , K skipped} when some tests are pending. */
  public static String summary(List<TestResult> results) {
    long passed = results.stream().filter(r -> r instanceof TestResult.Passed).count();
    long failed = results.stream().filter(r -> r instanceof TestResult.Failed).count();
    long skipped = results.stream().filter(r -> r instanceof TestResult.Pending).count();
    return passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
  }

  public static boolean anyFailed(List<FileResults> files) {
    return files.stream().flatMap(f -> f.results().stream()).anyMatch(r -> r instanceof TestResult.Failed);
  }

  /** Newlines escaped so that every report entry is one line. */
  static String oneLine(String s) {
    return s.strip().replace("\r", "\\r").replace("\n", "\\n");
  }
}
