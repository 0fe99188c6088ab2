package umbra.domain.testfile;

import java.util.Map;
import java.util.Optional;
import umbra.domain.program.UserFunction;
import umbra.domain.syntax.FnName;

/**
 * One test of a {@code .tests} file (test-format.md 1.1).
 *
 * @param name Dark's test name: {@code "<comment> (line N)"}, {@code "<block name> (line N)"}
 *     or {@code "line N"} for an unnamed single-line test
 * @param label the name as written (comment or block name), empty for an unnamed test
 * @param line 1-based line of the test (of its {@code [test.x]} header for a block)
 * @param group the {@code [tests.x]} group of a single-line test, empty otherwise
 * @param code the Dark code, {@code actual = expected} or a lone expression; lines of a block
 *     are joined with a leading {@code \n} each, as Dark did
 * @param expectedExceptionCount reported exceptions the actual side must cause (1.3)
 * @param pending a comment or an empty body: listed but never run, not a failure (1.1)
 * @param userFunctions the {@code [fn.*]} functions finished before this test was created
 * @param packageFunctions the {@code [packagefn.*]} functions finished before this test
 * @param setupError why the test cannot run as declared (an unknown DB in its extras, ...)
 */
public record TestCase(
    String name,
    String label,
    int line,
    String group,
    String code,
    Extras extras,
    int expectedExceptionCount,
    boolean pending,
    Map<String, UserFunction> userFunctions,
    Map<FnName.Package, UserFunction> packageFunctions,
    Optional<String> setupError) {

  public TestCase {
    userFunctions = Map.copyOf(userFunctions);
    packageFunctions = Map.copyOf(packageFunctions);
  }

  /** Dark's display name for the test: {@code "<name> (<code>)"}. */
  public String displayName() { return name + " (" + code + ")"; }

  /** A short human name: the label, or the code of an unnamed test. */
  public String title() { return label.isEmpty() ? code.strip() : label; }
}
