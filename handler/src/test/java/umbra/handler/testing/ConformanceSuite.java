package umbra.handler.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * One folder of Dark's conformance suites as the suites' tests see it: where it is
 * ({@code conformance.dir}, default {@code ../shared/conformance} from the repository root), the
 * known-failures ratchet, {@code conformance.reportOnly} and {@code conformance.writeKnownFailures}.
 * The suites judged per file (HTTP handler, HTTP client) also share their report here.
 */
public final class ConformanceSuite {
  /** One file's result: empty failure when it passed. */
  public record FileOutcome(String key, String name, Optional<String> failure) {}

  private final String folder;
  private final Path shared;
  private final Path listFile;
  private final KnownFailures known;
  private final boolean reportOnly = Boolean.getBoolean("conformance.reportOnly");

  private ConformanceSuite(String folder, Path shared, Path listFile) throws IOException {
    this.folder = folder;
    this.shared = shared;
    this.listFile = listFile;
    this.known = KnownFailures.load(listFile);
  }

  public static ConformanceSuite locate(String folder) throws IOException {
    Path root = repositoryRoot();
    Path shared = Path.of(System.getProperty("conformance.dir", root.resolve("../shared/conformance").toString()));
    return new ConformanceSuite(folder, shared, root.resolve("conformance/known-failures.txt"));
  }

  /** The conformance folder (with {@code data/} beside the suites). */
  public Path shared() { return shared; }

  /** This suite's own folder. */
  public Path dir() { return shared.resolve(folder); }

  public boolean present() { return Files.isDirectory(dir()); }

  public KnownFailures known() { return known; }

  public boolean reportOnly() { return reportOnly; }

  public boolean writeKnownFailures() { return Boolean.getBoolean("conformance.writeKnownFailures"); }

  /** The list rewritten from this run's failures (keys under this suite's folder). */
  public void write(LinkedHashMap<String, String> failing) throws IOException {
    known.write(listFile, folder, failing);
    System.out.println("conformance: wrote " + listFile);
  }

  /**
   * A user's clone has no Dark suite beside it: one line says so and the run goes on. CI always
   * has it, so there its absence is a failure.
   */
  public Stream<DynamicNode> skipped() {
    String line = "conformance suites skipped: no suite at " + dir().toAbsolutePath().normalize()
        + "; set -Dconformance.dir=...";
    if (System.getenv("CI") != null) return Stream.of(DynamicTest.dynamicTest("conformance suite present", () -> fail(line)));
    System.out.println(line);
    return Stream.of(DynamicTest.dynamicTest("conformance suite present", () -> Assumptions.abort(line)));
  }

  /** The files of a folder whose names end with {@code suffix}, in name order. */
  public static List<Path> testFiles(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("no conformance folder at " + dir + " (set -Dconformance.dir)");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** A file's dynamic test against the ratchet: a pass that is listed fails, as does an unlisted failure. */
  public DynamicTest check(FileOutcome o) {
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
   * After every file ran: prints each failure (a known one in one line, a new one whole) and the
   * count, then rewrites the list or returns the test that the list names only existing files.
   */
  public List<DynamicNode> report(List<FileOutcome> all) throws IOException {
    for (FileOutcome o : all) {
      o.failure().ifPresent(why -> System.out.println("FAILED " + o.key() + ": "
          + (known.contains(o.key()) ? why.lines().findFirst().orElse("") : why)));
    }
    long failed = all.stream().filter(o -> o.failure().isPresent()).count();
    System.out.println("conformance " + folder + ": " + (all.size() - failed) + " passed, " + failed + " failed");

    var nodes = new ArrayList<DynamicNode>();
    if (writeKnownFailures()) {
      var failing = new LinkedHashMap<String, String>();
      all.stream().filter(o -> o.failure().isPresent()).forEach(o -> failing.put(o.key(), o.failure().get()));
      write(failing);
    } else {
      var keys = all.stream().map(FileOutcome::key).toList();
      var stale = known.entries().keySet().stream().filter(k -> k.startsWith(folder + "/") && !keys.contains(k)).toList();
      nodes.add(DynamicTest.dynamicTest("known-failures.txt names only existing files", () -> {
        if (!stale.isEmpty() && !reportOnly) fail("no such files (remove them from known-failures.txt): " + stale);
      }));
    }
    return nodes;
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
