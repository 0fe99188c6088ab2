package umbra.domain.testfile;

import umbra.domain.syntax.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import umbra.domain.program.UserFunction;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.Parsed;
import umbra.domain.syntax.Parser;

/**
 * Reads the text of a {@code .tests} file into a {@link TestFile}, line by line, with exactly the
 * rules of Dark's runner (test-format.md 1.1, checked in that order, first match wins) and its
 * scoping: a test sees only the functions finished before the test itself was created.
 */
public final class TestFileReader {

  // UNIX_LINES + Unicode classes give .NET's meaning of '.', '$' and '\s' on a single line.
  private static final int FLAGS = Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;
  private static final Pattern GROUP_WITH = Pattern.compile("^\\[tests\\.(.*)\\] with (.*)$", FLAGS);
  private static final Pattern GROUP = Pattern.compile("^\\[tests\\.(.*)\\]$", FLAGS);
  private static final Pattern DB = Pattern.compile("^\\[db.(.*) (\\{.*\\})\\]\\s*$", FLAGS);
  private static final Pattern FUNCTION = Pattern.compile("^\\[(package)?fn\\.(\\S+) (.*)\\]$", FLAGS);
  private static final Pattern TEST_WITH = Pattern.compile("^\\[test\\.(.*)\\] with (.*)$", FLAGS);
  private static final Pattern TEST = Pattern.compile("^\\[test\\.(.*)\\]$", FLAGS);
  private static final Pattern BLANK = Pattern.compile("^\\s*$", FLAGS);
  private static final Pattern COMMENT = Pattern.compile("^\\s*//.*$", FLAGS);
  private static final Pattern NAMED_LINE = Pattern.compile("^(.*)\\s+//\\s+(.*)$", FLAGS);
  private static final Pattern PENDING = Pattern.compile("^\\s*(//.*)?$", FLAGS | Pattern.DOTALL);
  private static final Pattern EXCEPTION_COUNT = Pattern.compile(".*EXPECTED_EXCEPTION_COUNT: (\\d+)", FLAGS);

  /** Package functions of test files are {@code test/test/Test::<name>_v0} (1.1 rule 4). */
  public static FnName.Package packageFunctionName(String name) {
    return new FnName.Package("test", "test", "Test", name, 0);
  }

  /** Reads {@code text}; {@code fileName} only labels the result. */
  public static TestFile read(String fileName, String text) {
    var reader = new TestFileReader();
    String[] lines = text.replaceFirst("^\uFEFF", "").split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) reader.line(i + 1, lines[i]);
    reader.finish();
    return new TestFile(fileName, reader.tests, reader.dbs, reader.problems);
  }

  // ---- state, as in Dark's runner: one group, one test and one function being recorded ----

  private record Setup(Extras extras, Optional<String> error) {
    static final Setup NONE = new Setup(Extras.NONE, Optional.empty());

    /** 1.3: single-line tests of a group get only its DBs (workers and deploys need a block). */
    Setup dbsOnly() {
      return new Setup(new Extras(extras.dbs(), List.of(), Optional.empty(), List.of()), error);
    }
  }

  private record RecordingTest(String label, int line, Setup setup, StringBuilder code) {}

  private record RecordingFunction(String name, boolean isPackage, int line, List<UserFunction.Param> params,
      Optional<String> error, StringBuilder code) {}

  private final List<TestCase> tests = new ArrayList<>();
  private final Map<String, DbDeclaration> dbs = new LinkedHashMap<>();
  private final List<TestFile.Problem> problems = new ArrayList<>();
  private Map<String, UserFunction> userFunctions = Map.of();
  private Map<FnName.Package, UserFunction> packageFunctions = Map.of();

  private String groupName = "";
  private Setup groupSetup = Setup.NONE;
  private RecordingTest test;
  private RecordingFunction function;

  private TestFileReader() {}

  private void line(int n, String line) {
    Matcher m;
    if ((m = GROUP_WITH.matcher(line)).matches()) {
      finish();
      groupName = m.group(1);
      groupSetup = extras(n, m.group(2));
    } else if ((m = GROUP.matcher(line)).matches()) {
      finish();
      groupName = m.group(1);
    } else if ((m = DB.matcher(line)).matches()) {
      finish();
      declareDb(n, m.group(1), m.group(2));
    } else if ((m = FUNCTION.matcher(line)).matches()) {
      finish();
      function = startFunction(n, m.group(1) != null, m.group(2), m.group(3));
    } else if ((m = TEST_WITH.matcher(line)).matches()) {
      finish();
      test = new RecordingTest(m.group(1), n, extras(n, m.group(2)), new StringBuilder());
    } else if ((m = TEST.matcher(line)).matches()) {
      finish();
      test = new RecordingTest(m.group(1), n, Setup.NONE, new StringBuilder());
    } else if (BLANK.matcher(line).matches()) {
      // rule 7: blank lines never end a block
    } else if (COMMENT.matcher(line).matches() && (test != null || function != null)) {
      // rule 8: whole-line comments inside a block
    } else if (test != null) {
      test.code().append('\n').append(line);
    } else if (function != null) {
      function.code().append('\n').append(line);
    } else if ((m = NAMED_LINE.matcher(line)).matches()) {
      tests.add(testCase(m.group(2), n, groupName, m.group(1), groupSetup.dbsOnly()));
    } else {
      tests.add(testCase("", n, groupName, line, groupSetup.dbsOnly()));
    }
  }

  /** Dark's "finish": the recorded test first (so it cannot see the function), then the function. */
  private void finish() {
    if (test != null) {
      tests.add(testCase(test.label(), test.line(), "", test.code().toString(), test.setup()));
    }
    if (function != null) storeFunction(function);
    test = null;
    function = null;
    groupName = "";
    groupSetup = Setup.NONE;
  }

  private TestCase testCase(String label, int n, String group, String code, Setup setup) {
    String name = label.isEmpty() ? "line " + n : label + " (line " + n + ")";
    return new TestCase(name, label, n, group, code, setup.extras(), expectedExceptionCount(name),
        PENDING.matcher(code).matches(), userFunctions, packageFunctions, setup.error());
  }

  /** test-format.md 1.3: the count is read from the test's name. */
  private static int expectedExceptionCount(String name) {
    Matcher m = EXCEPTION_COUNT.matcher(name);
    if (!m.find()) return 0;
    try {
      return Integer.parseInt(m.group(1));
    } catch (NumberFormatException tooLarge) {
      return Integer.MAX_VALUE;
    }
  }

  // ---- extras (1.3) ----

  private Setup extras(int n, String annotation) {
    var dbList = new ArrayList<DbDeclaration>();
    var workers = new ArrayList<String>();
    var hashes = new ArrayList<String>();
    Optional<String> exactName = Optional.empty();
    for (String item : annotation.split(",", -1)) {
      String[] words = item.strip().split(" ", -1);
      String what = words[0];
      String arg = words.length == 2 ? words[1].strip() : null;
      if (arg != null && what.equals("DB") && dbs.containsKey(arg)) {
        dbList.add(dbs.get(arg));
      } else if (arg != null && what.equals("DB")) {
        return problem(n, "no DB named " + arg + " is declared before this line");
      } else if (arg != null && what.equals("Worker")) {
        workers.add(arg);
      } else if (arg != null && what.equals("ExactCanvasName")) {
        exactName = Optional.of(arg);
      } else if (arg != null && what.equals("StaticAssetsDeployHash")) {
        hashes.add(arg);
      } else {
        return problem(n, "invalid test option '" + item.strip() + "' (expected DB, Worker, ExactCanvasName"
            + " or StaticAssetsDeployHash followed by one name)");
      }
    }
    return new Setup(new Extras(dbList, workers, exactName, hashes), Optional.empty());
  }

  private Setup problem(int n, String message) {
    problems.add(new TestFile.Problem(n, message));
    return new Setup(Extras.NONE, Optional.of("line " + n + ": " + message));
  }

  // ---- datastores (rule 3) ----

  private void declareDb(int n, String name, String json) {
    try {
      var columns = new ArrayList<DbDeclaration.Column>();
      for (var e : FlatJsonObject.parse(json).entrySet()) {
        DType type = TypeNames.parse(e.getValue()).orElseThrow(
            () -> new IllegalArgumentException("unknown column type '" + e.getValue() + "'"));
        if (!e.getKey().isEmpty()) columns.add(new DbDeclaration.Column(e.getKey(), type));
      }
      dbs.put(name, new DbDeclaration(name, n, columns));
    } catch (IllegalArgumentException e) {
      problems.add(new TestFile.Problem(n, "DB " + name + ": " + e.getMessage()));
    }
  }

  // ---- functions (rule 4) ----

  private RecordingFunction startFunction(int n, boolean isPackage, String name, String definition) {
    var params = new ArrayList<UserFunction.Param>();
    for (String def : definition.split(" ", -1)) {
      String[] parts = def.split(":", -1);
      Optional<DType> type = parts.length == 2 ? TypeNames.parse(parts[1].strip()) : Optional.empty();
      if (type.isEmpty()) {
        String message = "function " + name + ": invalid parameter '" + def + "' (expected name:type)";
        problems.add(new TestFile.Problem(n, message));
        return new RecordingFunction(name, isPackage, n, params, Optional.of(message), new StringBuilder());
      }
      params.add(new UserFunction.Param(parts[0].strip(), type.get()));
    }
    return new RecordingFunction(name, isPackage, n, params, Optional.empty(), new StringBuilder());
  }

  private void storeFunction(RecordingFunction f) {
    String code = f.code().toString();
    Optional<String> error = f.error();
    Expr body = null;
    if (error.isEmpty()) {
      switch (Parser.parseExpr(code)) {
        case Parsed.Ok<Expr> ok -> body = ok.value();
        case Parsed.Failed<Expr> failed -> {
          var e = failed.error();
          // the code starts with the '\n' before the body's first line, so parser line k is file line n + k - 1
          int line = f.line() + e.line() - 1;
          String message = "function " + f.name() + " does not parse: " + line + ":" + e.column() + ": " + e.message();
          problems.add(new TestFile.Problem(line, message));
          error = Optional.of(message);
        }
      }
    }
    if (error.isPresent()) body = failing("line " + f.line() + ": " + error.get());
    var fn = new UserFunction(f.line(), f.name(), f.params(), DType.ANY, body);
    if (f.isPackage()) {
      var next = new HashMap<>(packageFunctions);
      next.put(packageFunctionName(f.name()), fn);
      packageFunctions = Map.copyOf(next);
    } else {
      var next = new HashMap<>(userFunctions);
      next.put(f.name(), fn);
      userFunctions = Map.copyOf(next);
    }
  }

  /**
   * The body of a function that cannot be built: it evaluates to a Dark error saying why, so the
   * tests calling it fail with that message and the others still run.
   */
  private static Expr failing(String message) {
    return new Expr.EFnCall(0, TestBuiltins.TYPE_ERROR, List.of(new Expr.EString(0, message)), Expr.Rail.NO_RAIL);
  }
}
