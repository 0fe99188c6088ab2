package umbra.handler.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import umbra.domain.testfile.TestCase;

/**
 * The conformance ratchet: {@code conformance/known-failures.txt} lists the tests known to fail,
 * one a line, {@code <key> # <reason>}; lines starting with {@code #} are comments. A key names a
 * test without its line number ({@code execution/<file> :: <name, or the code of an unnamed
 * test>}), so editing a file does not reshuffle the list; the second test with the same name in
 * a file gets {@code  [2]} appended, and so on.
 */
public final class KnownFailures {
  private static final String SEPARATOR = " # ";

  private final List<String> header;
  private final Map<String, String> reasons;

  private KnownFailures(List<String> header, Map<String, String> reasons) {
    this.header = header;
    this.reasons = reasons;
  }

  public static KnownFailures load(Path file) throws IOException {
    var header = new ArrayList<String>();
    var reasons = new LinkedHashMap<String, String>();
    if (!Files.exists(file)) return new KnownFailures(header, reasons);
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") && reasons.isEmpty()) header.add(line);
      if (line.isBlank() || line.startsWith("#")) continue;
      int sep = line.indexOf(SEPARATOR);
      reasons.put(sep < 0 ? line.strip() : line.substring(0, sep).strip(), sep < 0 ? "" : line.substring(sep + 3).strip());
    }
    return new KnownFailures(header, reasons);
  }

  public boolean contains(String key) { return reasons.containsKey(key); }

  public Map<String, String> entries() { return reasons; }

  /**
   * Rewrites the entries under {@code folder} (keys starting {@code folder/}) with exactly
   * {@code failing} (key to this run's failure reason, in order), keeping the reasons already
   * written and every other folder's entries; a new entry says {@code TODO: triage} followed by
   * the start of what went wrong, for whoever writes its reason.
   */
  public void write(Path file, String folder, Map<String, String> failing) throws IOException {
    var lines = new ArrayList<>(header.isEmpty() ? defaultHeader() : header);
    reasons.forEach((key, why) -> {
      if (!key.startsWith(folder + "/")) lines.add(key + SEPARATOR + why);
    });
    failing.forEach((key, why) -> lines.add(key + SEPARATOR + reasons.getOrDefault(key, "TODO: triage (" + brief(why) + ")")));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The missing functions when the runner named some (the usual cause), else the reason's start. */
  private static String brief(String why) {
    int unknown = why.indexOf("calls unknown ");
    String line = (unknown >= 0 ? why.substring(unknown) : why).replaceAll("\\s+", " ").strip();
    return line.length() <= 100 ? line : line.substring(0, 97) + "...";
  }

  private static List<String> defaultHeader() {
    return List.of(
        "# Conformance tests known to fail: <key> # <why>. The build fails when a test not listed here",
        "# fails, and when a listed test passes (then remove its line). Regenerate the list with",
        "# mvn -pl handler test -Dtest=ExecutionConformanceTest -Dconformance.writeKnownFailures=true",
        "# (existing reasons are kept; new entries say TODO: triage).");
  }

  /** The stable keys of a file's tests, in order (see the class comment). */
  static List<String> keys(String folder, String fileName, List<TestCase> tests) {
    var seen = new HashMap<String, Integer>();
    var keys = new ArrayList<String>(tests.size());
    for (TestCase t : tests) {
      String base = folder + "/" + fileName + " :: " + t.title().replaceAll("\\s+", " ").replace(SEPARATOR, " #");
      int n = seen.merge(base, 1, Integer::sum);
      keys.add(n == 1 ? base : base + " [" + n + "]");
    }
    return keys;
  }
}
