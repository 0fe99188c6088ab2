package umbra.domain.testfile;

import java.util.List;
import java.util.Map;

/**
 * A {@code .tests} file read into its tests (in file order), the datastores it declares, and the
 * problems met while reading (a malformed declaration, a function body that does not parse);
 * each problem also makes the tests it concerns fail, so none is silently lost.
 */
public record TestFile(String name, List<TestCase> tests, Map<String, DbDeclaration> dbs, List<Problem> problems) {
  public TestFile {
    tests = List.copyOf(tests);
    dbs = Map.copyOf(dbs);
    problems = List.copyOf(problems);
  }

  /** Something wrong with a line of the file. */
  public record Problem(int line, String message) {}
}
