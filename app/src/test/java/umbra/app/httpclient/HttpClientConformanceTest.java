package umbra.app.httpclient;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import umbra.domain.stdlib.StdLib;
import umbra.domain.testfile.TestBuiltins;
import umbra.domain.testfile.TestFile;
import umbra.domain.testfile.TestFileReader;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.httpclient.HttpClientConfig;
import umbra.handler.httpclient.HttpClientEffects;
import umbra.handler.testing.ConformanceSuite;
import umbra.handler.testing.ConformanceSuite.FileOutcome;
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

  @TestFactory
  Stream<DynamicNode> httpClientFiles() throws IOException {
    ConformanceSuite suite = ConformanceSuite.locate(FOLDER);
    if (!suite.present()) return suite.skipped();

    var sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    var runner = new TestRunner(StdLib.registry().with(TestBuiltins::register),
        new HttpClientEffects(HttpClientConfig.defaults().withAllowLocal(true)).orElse(StdlibEffects.real()),
        new SecureRandom(), sink);

    var all = new ArrayList<FileOutcome>();
    var nodes = new ArrayList<DynamicNode>();
    for (Path versionDir : versions(suite.dir())) {
      String version = versionDir.getFileName().toString();
      var outcomes = new ArrayList<FileOutcome>();
      try (ClientTestServer server = ClientTestServer.start(version, versionDir)) {
        for (Path file : ConformanceSuite.testFiles(versionDir, ".test")) {
          String name = file.getFileName().toString();
          if (name.startsWith("_")) continue;
          String key = FOLDER + "/" + version + "/" + name;
          outcomes.add(new FileOutcome(key, name, run(runner, server, version, name)));
        }
      }
      long failed = outcomes.stream().filter(o -> o.failure().isPresent()).count();
      System.out.println(FOLDER + "/" + version + ": " + (outcomes.size() - failed) + " passed, " + failed + " failed");
      all.addAll(outcomes);
      nodes.add(DynamicContainer.dynamicContainer(version, outcomes.stream().map(suite::check)));
    }
    nodes.addAll(suite.report(all));
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

  private static List<Path> versions(Path dir) throws IOException {
    try (Stream<Path> dirs = Files.list(dir)) {
      return dirs.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("v\\d+")).sorted().toList();
    }
  }
}
