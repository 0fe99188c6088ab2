package umbra.domain.testfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.canvas.text.CanvasFile;
import umbra.domain.canvas.text.CanvasTest;
import umbra.domain.program.UserFunction;

/**
 * The {@code [test NAME]} sections of a canvas text file as a test file the {@code .tests}
 * runner runs: each test sees the canvas's functions and its datastores (which the runner gives
 * a throwaway database), and must be true, or, written {@code actual = expected}, equal.
 */
public final class CanvasTestFile {
  private CanvasTestFile() {}

  public static TestFile of(String fileName, CanvasFile file) {
    var functions = new LinkedHashMap<String, UserFunction>();
    for (Toplevel.UserFn f : file.canvas().functions().live().values()) functions.put(f.name(), f.toProgram());
    Map<String, DbDeclaration> dbs = new LinkedHashMap<>();
    for (Toplevel.Db db : file.canvas().dbs().live().values()) {
      if (!db.name().isEmpty()) dbs.put(db.name(), declaration(db));
    }
    List<String> workers = file.canvas().handlers().live().values().stream()
        .filter(h -> h.spec() instanceof HandlerSpec.Worker).map(h -> h.spec().name()).toList();
    var extras = new Extras(List.copyOf(dbs.values()), workers, Optional.empty(), List.of());
    var tests = new ArrayList<TestCase>();
    for (CanvasTest t : file.tests()) {
      tests.add(new TestCase(t.name() + " (line " + t.line() + ")", t.name(), t.line(), "", t.code(), extras, 0,
          t.code().isBlank(), functions, Map.of(), Optional.empty()));
    }
    return new TestFile(fileName, tests, dbs, List.of());
  }

  /** Columns with a name and a type; a blank one cannot hold a value yet. */
  private static DbDeclaration declaration(Toplevel.Db db) {
    var columns = new ArrayList<DbDeclaration.Column>();
    for (Toplevel.Db.Column c : db.cols()) {
      if (c.name().isPresent() && c.type().isPresent()) columns.add(new DbDeclaration.Column(c.name().get(), c.type().get()));
    }
    return new DbDeclaration(db.name(), db.tlid(), columns);
  }
}
