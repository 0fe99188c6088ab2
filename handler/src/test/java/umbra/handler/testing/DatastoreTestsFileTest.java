package umbra.handler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import umbra.domain.testfile.TestFile;
import umbra.domain.testfile.TestFileReader;

/** {@code datastores.tests}: run as {@code ./umbra test} runs it, on a throwaway database of its own. */
class DatastoreTestsFileTest {

  @Test
  void everyTestPasses() throws IOException {
    String text;
    try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/datastores.tests"))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    TestFile file = TestFileReader.read("datastores.tests", text);
    var printed = new ByteArrayOutputStream();
    List<TestResult> results = TestRunner.standard(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(file);
    assertThat(results).filteredOn(r -> r instanceof TestResult.Failed).as(printed.toString(StandardCharsets.UTF_8))
        .isEmpty();
    assertThat(results).filteredOn(r -> r instanceof TestResult.Passed).hasSizeGreaterThan(10);
  }
}
