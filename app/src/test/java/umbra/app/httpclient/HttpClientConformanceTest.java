package umbra.app.httpclient;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import umbra.domain.stdlib.StdLib;
import umbra.domain.testfile.TestBuiltins;
import umbra.domain.testfile.TestFile;
import umbra.domain.testfile.TestFileReader;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.httpclient.HttpClientConfig;
import umbra.handler.httpclient.HttpClientEffects;
import umbra.handler.testing.KnownFailures;
import umbra.handler.testing.TestResult;
import umbra.handler.testing.TestRunner;

/**
 * Dark's HTTP client tests ({@code <conformance.dir>/httpclient/v0..v5/*.test}, test-format.md
 * 3): per version folder a {@link ClientTestServer} with every file of the folder loaded, then
 * each file's {@code [test]} code (with {@code URL} and {@code LENGTH} replaced) run as a Dark
 * test by {@link TestRunner} with the real {@link HttpClientEffects} (local destinations
 * allowed), against the known-failures ratchet (keys {@code httpclient/<version>/<file>};
 * {@code conformance.dir}, {@code conformance.reportOnly}, {@code conformance.writeKnownFailures}
 * as in the execution suite). Files starting with {@code _} are skipped. When the server saw a
 * request that did not match the file, the failure says how.
 */
class HttpClientConformanceTest {
  private static final String FOLDER = "httpclient";

  private record Outcome(String key, String name, Optional<String> failure) {}

  @TestFactory
  Stream<DynamicNode> httpClientFiles() throws IOException {
    Path root = repositoryRoot();
    Path shared = Path.of(System.getProperty("conformance.dir", root.resolve("../shared/conformance").toString()));
    Path dir = shared.resolve(FOLDER);
    if (!Files.isDirectory(dir)) return skipped(dir);
    Path listFile = root.resolve("conformance/known-failures.txt");
    boolean reportOnly = Boolean.getBoolean("conformance.reportOnly");
    KnownFailures known = KnownFailures.load(listFile);

    var sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    var runner = new TestRunner(StdLib.registry().with(TestBuiltins::register),
        new HttpClientEffects(HttpClientConfig.defaults().withAllowLocal(true)).orElse(StdlibEffects.real()),
        new SecureRandom(), sink);

    var all = new ArrayList<Outcome>();
    var nodes = new ArrayList<DynamicNode>();
    for (Path versionDir : versions(dir)) {
      String version = versionDir.getFileName().toString();
      var outcomes = new ArrayList<Outcome>();
      try (ClientTestServer server = ClientTestServer.start(version, versionDir)) {
        for (Path file : testFiles(versionDir)) {
          String name = file.getFileName().toString();
          if (name.startsWith("_")) continue;
          String key = FOLDER + "/" + version + "/" + name;
          outcomes.add(new Outcome(key, name, run(runner, server, version, name)));
        }
      }
      long failed = outcomes.stream().filter(o -> o.failure().isPresent()).count();
      System.out.println(FOLDER + "/" + version + ": " + (outcomes.size() - failed) + " passed, " + failed + " failed");
      all.addAll(outcomes);
      nodes.add(DynamicContainer.dynamicContainer(version, outcomes.stream().map(o -> check(o, known, reportOnly))));
    }
    for (Outcome o : all) {
      // known failures get one line; a new one gets the whole message
      o.failure().ifPresent(why -> System.out.println("FAILED " + o.key() + ": "
          + (known.contains(o.key()) ? why.lines().findFirst().orElse("") : why)));
    }
    long failed = all.stream().filter(o -> o.failure().isPresent()).count();
    System.out.println("conformance " + FOLDER + ": " + (all.size() - failed) + " passed, " + failed + " failed");

    if (Boolean.getBoolean("conformance.writeKnownFailures")) {
      var failing = new LinkedHashMap<String, String>();
      all.stream().filter(o -> o.failure().isPresent()).forEach(o -> failing.put(o.key(), o.failure().get()));
      known.write(listFile, FOLDER, failing);
      System.out.println("conformance: wrote " + listFile);
    } else {
      var keys = all.stream().map(Outcome::key).toList();
      var stale = known.entries().keySet().stream().filter(k -> k.startsWith(FOLDER + "/") && !keys.contains(k)).toList();
      nodes.add(DynamicTest.dynamicTest("known-failures.txt names only existing files", () -> {
        if (!stale.isEmpty() && !reportOnly) fail("no such files (remove them from known-failures.txt): " + stale);
      }));
    }
    return nodes.stream();
  }

  /** One file: empty when it passed, else why not. */
  private static Optional<String> run(TestRunner runner, ClientTestServer server, String version, String fileName) {
    try {
      String testName = fileName.substring(0, fileName.length() - ".test".length());
      ClientTestServer.TestFile test = server.tests().get(testName);
      if (test == null) return Optional.of("not loaded by the test server");
      String code = test.code()
          .replace("URL", server.host() + "/" + version + "/" + testName)
          .replace("LENGTH", Integer.toString(test.response().body().length));
      TestFile file = TestFileReader.read(version + "/" + fileName, "[test." + version + "/" + fileName + "]\n" + code);
      if (!file.problems().isEmpty()) return Optional.of("test file problems: " + file.problems());
      server.forget(testName);
      List<TestResult> results = runner.run(file);
      Optional<String> why;
      if (results.isEmpty()) {
        why = Optional.of("no test read from the [test] section");
      } else {
        why = results.stream().map(r -> switch (r) {
          case TestResult.Passed p -> (String) null;
          case TestResult.Pending p -> "pending: the [test] section has no code";
          case TestResult.Failed f -> f.reason().replaceAll("\\s*\\n\\s*", " ");
        }).filter(s -> s != null).findFirst();
      }
      if (why.isEmpty()) return why;
      var mismatch = server.seen(testName).flatMap(ClientTestServer.Seen::mismatch);
      return Optional.of(why.get() + mismatch.map(m -> "\nthe request did not match: " + m).orElse(""));
    } catch (RuntimeException e) {
      return Optional.of(e.toString());
    }
  }

  private static DynamicTest check(Outcome o, KnownFailures known, boolean reportOnly) {
    return DynamicTest.dynamicTest(o.name(), () -> {
      if (o.failure().isEmpty()) {
        if (known.contains(o.key()) && !reportOnly) fail("passes now: remove it from conformance/known-failures.txt: " + o.key());
        return;
      }
      if (!known.contains(o.key()) && !reportOnly) fail(o.failure().get() + "\n(not in known-failures.txt: " + o.key() + ")");
      Assumptions.abort("known failure: " + o.failure().get());
    });
  }

  /**
   * A user's clone has no Dark suite beside it: one line says so and the run goes on. CI always
   * has it, so there its absence is a failure.
   */
  private static Stream<DynamicNode> skipped(Path dir) {
    String line = "conformance suites skipped: no suite at " + dir.toAbsolutePath().normalize()
        + "; set -Dconformance.dir=...";
    if (System.getenv("CI") != null) return Stream.of(DynamicTest.dynamicTest("conformance suite present", () -> fail(line)));
    System.out.println(line);
    return Stream.of(DynamicTest.dynamicTest("conformance suite present", () -> Assumptions.abort(line)));
  }

  private static List<Path> versions(Path dir) throws IOException {
    try (Stream<Path> dirs = Files.list(dir)) {
      return dirs.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("v\\d+")).sorted().toList();
    }
  }

  private static List<Path> testFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".test")).sorted().toList();
    }
  }

  /** The folder with the parent pom: surefire runs tests in the module's folder. */
  private static Path repositoryRoot() {
    Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path d = p; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("handler"))) return d;
    }
    return p;
  }
}
