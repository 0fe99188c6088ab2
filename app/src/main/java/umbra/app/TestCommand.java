package umbra.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import umbra.domain.testfile.TestFile;
import umbra.domain.testfile.TestFileReader;
import umbra.handler.testing.TestReport;
import umbra.handler.testing.TestRunner;

/** {@code umbra test PATH...}: runs Dark's {@code .tests} files (test-format.md 1) and reports. */
final class TestCommand implements Command {

  @Override public String name() { return "test"; }

  @Override public String arguments() { return "PATH..."; }

  @Override public String summary() { return "run .tests files (a directory means every .tests file in it)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.println("usage: umbra test PATH...");
      return USAGE;
    }
    List<Path> files = new ArrayList<>();
    boolean unreadable = false;
    for (String arg : args) {
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try {
          files.addAll(testFilesIn(p));
        } catch (IOException | UncheckedIOException e) {
          err.println("umbra test: cannot list " + p + ": " + e.getMessage());
          unreadable = true;
        }
      } else if (Files.exists(p)) {
        files.add(p);
      } else {
        err.println("umbra test: no such file or directory: " + arg);
        return USAGE;
      }
    }
    var runner = TestRunner.standard(out);
    var results = new ArrayList<TestReport.FileResults>();
    for (Path file : files) {
      try {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        TestFile tests = TestFileReader.read(file.getFileName().toString(), text);
        results.add(new TestReport.FileResults(file.toString(), tests, runner.run(tests)));
      } catch (IOException | UncheckedIOException e) {
        err.println("umbra test: cannot read " + file + ": " + e.getMessage());
        unreadable = true;
      }
    }
    TestReport.print(results, out);
    return unreadable || TestReport.anyFailed(results) ? FAILED : OK;
  }

  private static List<Path> testFilesIn(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".tests") && Files.isRegularFile(p)).sorted().toList();
    }
  }
}
