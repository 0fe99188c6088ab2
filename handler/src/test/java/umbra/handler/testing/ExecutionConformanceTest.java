package umbra.handler.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import umbra.domain.testfile.TestFile;
import umbra.domain.testfile.TestFileReader;

/**
 * Dark's own execution tests ({@code <conformance.dir>/execution/*.tests}), one dynamic test per
 * test case, against the known-failures ratchet ({@link KnownFailures}). Properties:
 * {@code conformance.dir} (default {@code ../shared/conformance} from the repository root),
 * {@code conformance.reportOnly=true} to report without failing,
 * {@code conformance.writeKnownFailures=true} to rewrite the list from this run.
 */
class ExecutionConformanceTest {
  private static final String FOLDER = "execution";

  private record Outcome(String key, TestResult result) {}

  @TestFactory
  Stream<DynamicNode> execution() throws IOException {
    ConformanceSuite suite = ConformanceSuite.locate(FOLDER);
    if (!suite.present()) return suite.skipped();
    boolean reportOnly = suite.reportOnly();
    KnownFailures known = suite.known();

    var inspected = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    TestRunner runner = TestRunner.standard(inspected);
    var nodes = new ArrayList<DynamicNode>();
    var all = new ArrayList<Outcome>();
    for (Path file : ConformanceSuite.testFiles(suite.dir(), ".tests")) {
      String name = file.getFileName().toString();
      TestFile tests = TestFileReader.read(name, Files.readString(file, StandardCharsets.UTF_8));
      List<TestResult> results = runner.run(tests);
      List<String> keys = KnownFailures.keys(FOLDER, name, tests.tests());
      var outcomes = new ArrayList<Outcome>();
      for (int i = 0; i < results.size(); i++) outcomes.add(new Outcome(keys.get(i), results.get(i)));
      all.addAll(outcomes);
      System.out.println(name + ": " + TestReport.summary(results));
      nodes.add(DynamicContainer.dynamicContainer(name,
          outcomes.stream().map(o -> check(o, known, reportOnly))));
    }
    System.out.println("conformance " + FOLDER + ": " + TestReport.summary(all.stream().map(Outcome::result).toList()));

    if (suite.writeKnownFailures()) {
      var failing = new LinkedHashMap<String, String>();
      for (Outcome o : all) {
        if (o.result() instanceof TestResult.Failed f) failing.put(o.key(), f.reason());
      }
      suite.write(failing);
    } else {
      nodes.add(staleEntries(known, all, reportOnly));
    }
    return nodes.stream();
  }

  private static DynamicTest check(Outcome o, KnownFailures known, boolean reportOnly) {
    TestResult r = o.result();
    String display = r.test().title().replaceAll("\\s+", " ") + " (line " + r.test().line() + ")";
    return DynamicTest.dynamicTest(display, () -> {
      switch (r) {
        case TestResult.Pending p -> Assumptions.abort("pending (a comment or an empty body)");
        case TestResult.Passed p -> {
          if (known.contains(o.key()) && !reportOnly) {
            fail("passes now: remove it from conformance/known-failures.txt: " + o.key());
          }
        }
        case TestResult.Failed f -> {
          if (!known.contains(o.key()) && !reportOnly) fail(f.reason() + "\n(not in known-failures.txt: " + o.key() + ")");
          Assumptions.abort("known failure: " + f.reason());
        }
      }
    });
  }

  /** Entries for tests that no longer exist make the list lie; only files present are checked. */
  private static DynamicTest staleEntries(KnownFailures known, List<Outcome> all, boolean reportOnly) {
    Set<String> keys = new HashSet<>();
    Set<String> files = new HashSet<>();
    for (Outcome o : all) {
      keys.add(o.key());
      files.add(o.key().substring(0, o.key().indexOf(" :: ")));
    }
    List<String> stale = known.entries().keySet().stream()
        .filter(k -> k.contains(" :: ") && files.contains(k.substring(0, k.indexOf(" :: "))) && !keys.contains(k))
        .toList();
    return DynamicTest.dynamicTest("known-failures.txt names only existing tests", () -> {
      if (!stale.isEmpty() && !reportOnly) fail("no such tests (remove them from known-failures.txt): " + stale);
    });
  }
}
