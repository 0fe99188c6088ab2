package umbra.handler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import umbra.domain.testfile.Extras;
import umbra.domain.testfile.TestCase;

/** The ratchet's file: stable keys, reasons kept across rewrites. */
class KnownFailuresTest {
  @TempDir Path dir;

  private static TestCase test(int line, String label, String code) {
    return new TestCase("n", label, line, "", code, Extras.NONE, 0, false, Map.of(), Map.of(), Optional.empty());
  }

  @Test
  void keysIgnoreLineNumbersAndNumberRepeatedNames() {
    var keys = KnownFailures.keys("execution", "a.tests",
        List.of(test(1, "adds", "1"), test(9, "", "2  +\n 2 = 4"), test(30, "adds", "3")));
    assertThat(keys).containsExactly("execution/a.tests :: adds", "execution/a.tests :: 2 + 2 = 4",
        "execution/a.tests :: adds [2]");
  }

  @Test
  void rewritingKeepsReasonsAndTheHeaderAndMarksNewEntries() throws IOException {
    Path file = dir.resolve("known-failures.txt");
    Files.writeString(file, "# my header\n\nexecution/a.tests :: adds # needs Int::add  # really\nexecution/a.tests :: gone # old\n"
        + "httphandler/http/x.test # another folder's entry\n");
    var known = KnownFailures.load(file);
    assertThat(known.contains("execution/a.tests :: adds")).isTrue();
    assertThat(known.entries()).containsEntry("execution/a.tests :: adds", "needs Int::add  # really");
    var failing = new LinkedHashMap<String, String>();
    failing.put("execution/a.tests :: adds", "expected 2, got 3");
    failing.put("execution/b.tests :: new", "expected [\n  1\n], got []");
    known.write(file, "execution", failing);
    assertThat(Files.readAllLines(file)).containsExactly("# my header", "httphandler/http/x.test # another folder's entry",
        "execution/a.tests :: adds # needs Int::add  # really",
        "execution/b.tests :: new # TODO: triage (expected [ 1 ], got [])");
  }

  @Test
  void aMissingFileMeansNoKnownFailures() throws IOException {
    assertThat(KnownFailures.load(dir.resolve("none.txt")).entries()).isEmpty();
  }
}
