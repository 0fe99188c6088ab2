package umbra.handler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Toplevel;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Parsed;
import umbra.domain.testfile.TestBuiltins;
import umbra.domain.testfile.TestCase;
import umbra.domain.testfile.TestFile;
import umbra.domain.testfile.TestFileReader;
import umbra.handler.effects.StdlibEffects;

/**
 * The language guide's examples run: each {@code canvas} block of {@code docs/language.md} must
 * parse as a canvas text file, and each line of a {@code test} block is a test of Dark's test-file
 * format, run by the {@code umbra test} runner with the functions of the canvas blocks above it.
 */
class GuideExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("^```(canvas|test)\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);
  /** Fewer would mean the blocks are no longer found, not that the guide got shorter. */
  private static final int AT_LEAST = 40;

  private final TestRunner runner = new TestRunner(StdLib.registry().with(TestBuiltins::register), StdlibEffects.real(),
      new SecureRandom(), new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));

  @TestFactory
  List<DynamicTest> everyExampleOfTheGuideRuns() throws IOException {
    String guide = Files.readString(guide(), StandardCharsets.UTF_8);
    Map<String, UserFunction> functions = new HashMap<>();
    List<DynamicTest> examples = new ArrayList<>();
    Matcher m = BLOCK.matcher(guide);
    while (m.find()) {
      int line = lineOf(guide, m.start(2));
      if (m.group(1).equals("canvas")) {
        Parsed<Canvas> parsed = CanvasText.parse(m.group(2), line * 1_000L);
        examples.add(DynamicTest.dynamicTest("canvas at line " + line + " parses", () -> assertThat(parsed).isInstanceOf(Parsed.Ok.class)));
        if (parsed instanceof Parsed.Ok<Canvas> ok) {
          for (Toplevel.UserFn f : ok.value().functions().live().values()) functions.put(f.name(), f.toProgram());
        }
      } else {
        examples.addAll(tests(m.group(2), line, Map.copyOf(functions)));
      }
    }
    assertThat(examples).as("examples found in the guide").hasSizeGreaterThanOrEqualTo(AT_LEAST);
    return examples;
  }

  private List<DynamicTest> tests(String block, int firstLine, Map<String, UserFunction> functions) {
    TestFile file = TestFileReader.read("docs/language.md", block);
    List<DynamicTest> tests = new ArrayList<>();
    file.problems().forEach(p -> tests.add(DynamicTest.dynamicTest("line " + (firstLine + p.line() - 1),
        () -> assertThat(p.message()).as("a problem in the test block").isEmpty())));
    for (TestCase t : file.tests()) {
      int line = firstLine + t.line() - 1;
      var withFunctions = new TestCase(t.name(), t.label(), line, t.group(), t.code(), t.extras(),
          t.expectedExceptionCount(), t.pending(), functions, t.packageFunctions(), t.setupError());
      tests.add(DynamicTest.dynamicTest("line " + line + ": " + t.code().strip(), () -> {
        assertThat(t.pending()).as("a test line, not a comment").isFalse();
        TestResult result = runner.run(withFunctions);
        assertThat(result).as(() -> result instanceof TestResult.Failed f ? f.reason() : "").isInstanceOf(TestResult.Passed.class);
      }));
    }
    return tests;
  }

  private static int lineOf(String text, int index) {
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  /** {@code docs/language.md} of the repository, found from the module the test runs in. */
  private static Path guide() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("docs/language.md");
      if (Files.isRegularFile(candidate)) return candidate;
    }
    throw new AssertionError("no docs/language.md above " + Path.of("").toAbsolutePath());
  }
}
