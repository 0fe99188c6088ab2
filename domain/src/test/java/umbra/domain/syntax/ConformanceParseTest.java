package umbra.domain.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: every test body and function body of Dark's execution tests parses. Reads the
 * folder given by the {@code conformance.dir} system property (surefire passes it).
 */
class ConformanceParseTest {

  private static final List<String> FILES = List.of(
      "language", "int", "float", "string", "list", "dict", "option", "result", "tuple", "bool",
      "char", "bytes", "date", "json", "http", "jwt", "x509", "crypto", "uuid", "math", "nomodule",
      "object", "password", "aws", "big", "db", "httpclient", "internal", "staticassets", "events");

  @Test
  void everyBodyOfTheExecutionTestsParses() throws IOException {
    Path dir = Path.of(System.getProperty("conformance.dir", "../../shared/conformance"), "execution");
    String skipped = "conformance suites skipped: no suite at " + dir.toAbsolutePath().normalize()
        + "; set -Dconformance.dir=...";
    if (System.getenv("CI") != null) assertThat(dir).as(skipped).isDirectory();
    assumeTrue(Files.isDirectory(dir), skipped);
    List<String> failures = new ArrayList<>();
    int total = 0;
    for (String name : FILES) {
      String content = Files.readString(dir.resolve(name + ".tests"));
      for (ConformanceBodies.Body body : ConformanceBodies.read(name, content)) {
        total++;
        ParseError error = parse(body);
        if (error != null) failures.add(body.file() + ".tests:" + body.line() + ": " + error + "\n  " + body.code().strip());
      }
    }
    System.out.printf("conformance bodies parsed: %d of %d%n", total - failures.size(), total);
    assertThat(total).isGreaterThan(1000);
    assertThat(failures).as("bodies that do not parse").isEmpty();
  }

  private static ParseError parse(ConformanceBodies.Body body) {
    Parsed<?> parsed = switch (body.kind()) {
      case TEST -> Parser.parseTest(body.code());
      case FUNCTION -> Parser.parseExpr(body.code());
    };
    return parsed instanceof Parsed.Failed<?> failed ? failed.error() : null;
  }
}
