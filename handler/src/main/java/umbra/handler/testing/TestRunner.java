package umbra.handler.testing;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.datastore.Datastore;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.stdlib.Registry;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.Parsed;
import umbra.domain.syntax.Parser;
import umbra.domain.syntax.TestCode;
import umbra.domain.testfile.DbDeclaration;
import umbra.domain.testfile.TestBuiltins;
import umbra.domain.testfile.TestCase;
import umbra.domain.testfile.TestComparison;
import umbra.domain.testfile.TestFile;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DDB;
import umbra.domain.value.Repr;
import umbra.domain.value.Symtable;
import umbra.handler.datastore.DatastoreEffects;
import umbra.handler.datastore.UserData;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.effects.Evaluations;
import umbra.handler.effects.StdlibEffects;
import umbra.handler.httpclient.HttpClientConfig;
import umbra.handler.httpclient.HttpClientEffects;
import umbra.handler.limits.RunBudget;
import umbra.handler.limits.RunBudgets;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.DatabaseUnavailableException;
import umbra.handler.storage.ThrowawayDatabase;

/**
 * Runs the tests of a {@code .tests} file the way Dark's runner did (test-format.md 1.4): each
 * test gets its own execution state and canvas, {@code expected} is evaluated first, then
 * {@code actual}, whose reported exceptions must match the expected count; the actual value is
 * normalised, checked for canonical form and compared.
 */
public final class TestRunner {
  /** Dark's runner evaluated every test expression as this toplevel. */
  private static final long TEST_TLID = 7;

  private final Registry registry;
  private final EffectPerformer stdlibEffects;
  private final TestWorld world;
  private final PrintStream inspectOutput;
  private final DatabaseConfig server;
  private final RunBudget budget;
  private UserData userData; // the current file's throwaway database, while it runs
  private boolean toldNoDatabase;

  /**
   * @param server the PostgreSQL server on which files that declare datastores get a throwaway
   *     database each (as Dark's runner did); null for none, and such tests then fail saying so
   * @param budget what each test (its expected and actual values together) may spend
   */
  public TestRunner(Registry registry, EffectPerformer stdlibEffects, SecureRandom random, PrintStream inspectOutput,
      DatabaseConfig server, RunBudget budget) {
    this.registry = registry;
    this.stdlibEffects = stdlibEffects;
    this.world = new TestWorld(random);
    this.inspectOutput = inspectOutput;
    this.server = server;
    this.budget = budget;
  }

  public TestRunner(Registry registry, EffectPerformer stdlibEffects, SecureRandom random, PrintStream inspectOutput) {
    this(registry, stdlibEffects, random, inspectOutput, null, RunBudgets.DEFAULTS.tests());
  }

  /**
   * The standard library with the Test:: helpers, the real clock, randomness and outgoing HTTP
   * (local destinations only with {@code UMBRA_HTTPCLIENT_ALLOW_LOCAL=true}), and datastores on
   * the PostgreSQL server the environment names, within the budget it sets.
   *
   * @throws IllegalArgumentException naming a variable of the environment that is not valid
   */
  public static TestRunner standard(PrintStream inspectOutput) {
    EffectPerformer world = new HttpClientEffects(HttpClientConfig.fromEnvironment(System.getenv()))
        .orElse(StdlibEffects.real());
    return new TestRunner(StdLib.registry().with(TestBuiltins::register), world, new SecureRandom(), inspectOutput,
        DatabaseConfig.fromEnvironment(), RunBudgets.fromEnvironment(System.getenv()).tests());
  }

  /** Runs a file's tests; one that uses datastores gets its own throwaway database for the run. */
  public List<TestResult> run(TestFile file) {
    if (server == null || !usesDatastores(file)) return runAll(file);
    ThrowawayDatabase db;
    try {
      db = ThrowawayDatabase.create(server);
    } catch (DatabaseUnavailableException e) {
      if (!toldNoDatabase) inspectOutput.println("umbra test: tests that use datastores will fail: " + e.getMessage());
      toldNoDatabase = true;
      return runAll(file);
    }
    try (db) {
      userData = new UserData(db.database().jdbi());
      return runAll(file);
    } finally {
      userData = null;
    }
  }

  private static boolean usesDatastores(TestFile file) {
    for (TestCase t : file.tests()) {
      if (!t.pending() && !t.extras().dbs().isEmpty()) return true;
    }
    return false;
  }

  private List<TestResult> runAll(TestFile file) {
    var results = new ArrayList<TestResult>(file.tests().size());
    for (TestCase test : file.tests()) results.add(run(test));
    return results;
  }

  public TestResult run(TestCase test) {
    if (test.pending()) return new TestResult.Pending(test);
    if (test.setupError().isPresent()) return new TestResult.Failed(test, test.setupError().get());
    Parsed<TestCode> parsed;
    try {
      parsed = Parser.parseTest(test.code());
    } catch (RuntimeException | StackOverflowError e) {
      return new TestResult.Failed(test, "exception in the parser: " + e);
    }
    return switch (parsed) {
      case Parsed.Ok<TestCode> ok -> run(test, ok.value());
      case Parsed.Failed<TestCode> failed -> new TestResult.Failed(test, "does not parse: " + failed.error().line()
          + ":" + failed.error().column() + ": " + failed.error().message());
    };
  }

  /** Runs a test whose code is already parsed (1.4 steps 2-10). */
  TestResult run(TestCase test, TestCode code) {
    try {
      return execute(test, code);
    } catch (RuntimeException | StackOverflowError e) {
      return new TestResult.Failed(test, "exception in the test runner: " + e);
    }
  }

  private TestResult execute(TestCase test, TestCode code) {
    ExecutionState state = ExecutionState.of(registry)
        .withUserFunctions(test.userFunctions())
        .withPackageFunctions(test.packageFunctions())
        .withGlobals(globals(test))
        .withDatastores(datastores(test))
        .withTlid(TEST_TLID)
        .withLimits(budget.limits())
        .withCancellation(budget.deadline("the test"));
    TestEffects.TestCanvas canvas = world.canvasFor(test);
    EffectPerformer effects = new TestEffects(canvas, world, inspectOutput);
    if (userData != null) effects = effects.orElse(new DatastoreEffects(userData, canvas.id()));
    effects = effects.orElse(stdlibEffects).orElse(Unavailable.INSTANCE);

    // 1.4 step 4: expected first; its reported exceptions are not counted
    Dval expected = Evaluations.runToEnd(Evaluation.start(state, code.expected(), state.globals()), effects);
    Evaluation actualRun = Evaluation.start(state, code.actual(), state.globals());
    Dval actual = TestComparison.normalize(Evaluations.runToEnd(actualRun, effects));

    var reasons = new ArrayList<String>(2);
    judge(code.shouldEqual(), actual, expected).ifPresent(reasons::add);
    exceptionCount(test.expectedExceptionCount(), actualRun.reportedExceptions()).ifPresent(reasons::add);
    if (reasons.isEmpty()) return new TestResult.Passed(test);
    var unknown = UnknownFunctions.in(state, List.of(code.actual(), code.expected()));
    if (!unknown.isEmpty()) reasons.add("calls unknown " + String.join(", ", unknown));
    return new TestResult.Failed(test, String.join("; ", reasons));
  }

  /** DBs named in the extras are globals holding a reference to the datastore (language.md A.7.1). */
  private static Symtable globals(TestCase test) {
    Symtable g = Symtable.empty();
    for (DbDeclaration db : test.extras().dbs()) g = g.bind(db.name(), new DDB(db.name()));
    return g;
  }

  private static Map<String, Datastore> datastores(TestCase test) {
    var dbs = new HashMap<String, Datastore>();
    for (DbDeclaration db : test.extras().dbs()) {
      var columns = new ArrayList<Datastore.Column>();
      for (DbDeclaration.Column c : db.columns()) columns.add(new Datastore.Column(c.name(), c.type()));
      dbs.put(db.name(), new Datastore(db.name(), db.tlid(), columns));
    }
    return dbs;
  }

  private static Optional<String> judge(boolean shouldEqual, Dval actual, Dval expected) {
    Optional<String> nonCanonical = TestComparison.nonCanonical(actual);
    if (nonCanonical.isPresent()) return Optional.of("result is not canonical: " + nonCanonical.get());
    if (shouldEqual) {
      return TestComparison.equal(actual, expected) ? Optional.empty()
          : Optional.of("expected " + Repr.toRepr(expected) + ", got " + Repr.toRepr(actual));
    }
    return TestComparison.differ(actual, expected) ? Optional.empty()
        : Optional.of("expected anything but " + Repr.toRepr(expected) + ", got it");
  }

  private static Optional<String> exceptionCount(int expected, List<Throwable> reported) {
    if (reported.size() == expected) return Optional.empty();
    String first = reported.isEmpty() ? "" : " (first: " + reported.get(0) + ")";
    return Optional.of("expected " + expected + " reported exception(s), got " + reported.size() + first);
  }
}
