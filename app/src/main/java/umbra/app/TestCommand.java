package umbra.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import umbra.domain.canvas.text.CanvasFile;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.syntax.Parsed;
import umbra.domain.testfile.CanvasTestFile;
import umbra.domain.testfile.TestFile;
import umbra.domain.testfile.TestFileReader;
import umbra.handler.testing.TestReport;
import umbra.handler.testing.TestRunner;

/**
 * {@code umbra test PATH...}: runs Dark's {@code .tests} files (test-format.md 1) and the
 * {@code [test NAME]} sections of canvas text files ({@code .dark}, or a file whose first section
 * is a canvas header), and reports.
 */
final class TestCommand implements Command {

  @Override public String name() { return "test"; }

  @Override public String arguments() { return "PATH..."; }

  @Override public String summary() {
    return "run .tests files (a directory means every .tests file in it) and a canvas file's [test] sections";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println("usage: umbra test PATH...");
      out.println("  a .tests file (Dark's test format), a directory (every .tests file in it), or a canvas file");
      out.println("  (.dark, or one whose first section is a canvas header) whose [test NAME] sections run with its");
      out.println("  functions and a throwaway copy of its datastores; prints each failure and 'N passed, M failed',");
      out.println("  exit 1 when anything failed; each test may take UMBRA_TEST_TIME_LIMIT seconds (default 60)");
      return OK;
    }
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
    TestRunner runner;
    try {
      runner = TestRunner.standard(out);
    } catch (IllegalArgumentException e) {
      err.println("umbra test: " + e.getMessage());
      return USAGE;
    }
    var results = new ArrayList<TestReport.FileResults>();
    for (Path file : files) {
      try {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Optional<TestFile> read = read(file, text, err);
        if (read.isEmpty()) {
          unreadable = true;
          continue;
        }
        TestFile tests = read.get();
        results.add(new TestReport.FileResults(file.toString(), tests, runner.run(tests)));
      } catch (IOException | UncheckedIOException e) {
        err.println("umbra test: cannot read " + file + ": " + e.getMessage());
        unreadable = true;
      }
    }
    TestReport.print(results, out);
    return unreadable || TestReport.anyFailed(results) ? FAILED : OK;
  }

  /** A canvas text file's tests, or a {@code .tests} file; empty (and said on err) when a canvas file does not parse. */
  private static Optional<TestFile> read(Path file, String text, PrintStream err) {
    String name = file.getFileName().toString();
    if (!isCanvasText(name, text)) return Optional.of(TestFileReader.read(name, text));
    return switch (CanvasText.read(text, 1)) {
      case Parsed.Ok<CanvasFile> ok -> Optional.of(CanvasTestFile.of(name, ok.value()));
      case Parsed.Failed<CanvasFile> failed -> {
        err.println("umbra test: " + file + ":" + failed.error().line() + ":" + failed.error().column() + ": "
            + failed.error().message());
        yield Optional.empty();
      }
    };
  }

  /** {@code .dark}, or a file whose first line that is not blank or a comment is a canvas section header. */
  static boolean isCanvasText(String name, String text) {
    if (name.endsWith(".dark")) return true;
    if (name.endsWith(".tests")) return false;
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//")).findFirst()
        .map(CanvasText::isSectionHeader).orElse(false);
  }

  private static List<Path> testFilesIn(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".tests") && Files.isRegularFile(p)).sorted().toList();
    }
  }
}
