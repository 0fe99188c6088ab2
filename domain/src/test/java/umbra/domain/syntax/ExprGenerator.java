package umbra.domain.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import umbra.testing.Gen;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.Pattern.*;

/**
 * Random ASTs the test syntax can express, using every Expr and Pattern variant, for round-trip
 * properties (here: print then parse; elsewhere e.g. encode then decode). Every id is 42.
 *
 * <p>What "can express" means (language.md B.3); each point is a place where two trees would
 * print alike, or where a tree has no spelling at all:
 * <ul>
 *   <li>EBinOp: Dark's infix operators only, empty module, never on the rail (there is no
 *       spelling for {@code Date::<} as an operator or for a railed operator).</li>
 *   <li>EPipeTarget: only as the first argument of a call step or the left operand of an
 *       operator step, where it stays implicit; and every call step has it (a call written in a
 *       pipe receives the piped value).</li>
 *   <li>EPartial: kind PARTIAL only; right and left partials print the same way.</li>
 *   <li>Names: {@code ___} spells the empty name, so "___" itself is not generated; variables
 *       are never identifiers with a meaning ({@code blank}, {@code Nothing}, {@code toString},
 *       ...); user functions are never {@code partial}, {@code flag} or a one-word builtin;
 *       builtin function names never end in {@code _vN} or {@code _ster} (read as version and
 *       rail). No name contains a backtick or a line break.</li>
 *   <li>Calls: a user function or a railed one-word builtin has a written argument ({@code f}
 *       alone is a variable); constructors are Just/Ok/Error with one argument and Nothing with
 *       none or one; package functions are {@code test/test/Test::f_v0}.</li>
 *   <li>Literals: EFloat digit strings are non-empty and kept as written ({@code 1.50} is not
 *       {@code 1.5}); ECharacter is one code point. Lambdas have a parameter, tuples two
 *       elements, pipes a step, matches a case.</li>
 *   <li>Patterns: variables start lowercase (an uppercase name is a constructor), constructors
 *       uppercase.</li>
 * </ul>
 */
public final class ExprGenerator {

  private static final long ID = 42;
  private static final List<String> VARIABLES =
      List.of("x", "y", "value", "myVar", "a1", "x'", "_tmp", "X", "MyDB", "let", "with space");
  private static final List<String> FIELDS =
      List.of("x", "col1", "", "Content-Type", "a b", "type", "X", "http://x", "über");
  private static final List<String> BINDERS = List.of("x", "y", "_", "acc", "let", "a b");
  private static final List<String> PARAMS = List.of("x", "y", "_", "", "acc");
  private static final List<String> USER_FUNCTIONS = List.of("myFn", "stringFn", "fn_v2", "Foo", "x'");
  private static final List<String> MODULES = List.of("List", "String", "Int", "DarkInternal", "Test", "Mod_2");
  private static final List<String> STDLIB_FUNCTIONS = List.of("head", "map", "toUppercase", "isError", "a_b");
  private static final List<String> ONE_WORD =
      List.of("toString", "toRepr", "equals", "notEquals", "assoc", "dissoc", "toForm", "emit");
  private static final List<String> OPERATORS =
      List.of("||", "&&", "==", "!=", "<", ">", "<=", ">=", "^", "+", "-", "++", "*", "/", "%");
  private static final List<String> DATE_OPERATORS = List.of("<", ">", "<=", ">=", "==", "!=", "+", "^");
  private static final List<String> PACKAGE_FUNCTIONS = List.of("stringFn", "returnsInt", "fn_v1");

  private final Random random;

  private ExprGenerator(Random random) {
    this.random = random;
  }

  /** A tree up to {@code depth} levels of nesting. */
  public static Expr expr(Random random, int depth) {
    return new ExprGenerator(random).expr(depth);
  }

  public static Pattern pattern(Random random, int depth) {
    return new ExprGenerator(random).pattern(depth);
  }

  // ---------------------------------------------------------------- expressions

  private Expr expr(int depth) {
    if (depth == 0 || chance(3)) return leaf();
    int d = depth - 1;
    return switch (random.nextInt(15)) {
      case 0 -> new ELet(ID, pick(BINDERS), expr(d), expr(d));
      case 1 -> new EIf(ID, expr(d), expr(d), expr(d));
      case 2, 3 -> binOp(pick(OPERATORS), expr(d), expr(d));
      case 4 -> new ELambda(ID, list(1, 3, () -> new LambdaParam(ID, pick(PARAMS))), expr(d));
      case 5 -> new EFieldAccess(ID, expr(d), pick(FIELDS));
      case 6, 7 -> call(d);
      case 8 -> new EPartial(ID, PartialKind.PARTIAL, string(5), expr(d));
      case 9 -> new EList(ID, list(0, 3, () -> expr(d)));
      case 10 -> new ETuple(ID, expr(d), expr(d), list(0, 2, () -> expr(d)));
      case 11 -> new ERecord(ID, list(0, 3, () -> new Field(pick(FIELDS), expr(d))));
      case 12 -> new EPipe(ID, expr(d), list(1, 3, () -> pipeStep(d)));
      case 13 -> chance(2) ? new EConstructor(ID, pick(List.of("Just", "Ok", "Error", "Nothing")), List.of(expr(d)))
          : new EMatch(ID, expr(d), list(1, 3, () -> new MatchCase(pattern(3), expr(d))));
      default -> new EFeatureFlag(ID, string(5), expr(d), expr(d), expr(d));
    };
  }

  private Expr leaf() {
    return switch (random.nextInt(12)) {
      case 0 -> new EInteger(ID, integer());
      case 1 -> new EBool(ID, random.nextBoolean());
      case 2 -> new EString(ID, string(6));
      case 3 -> new ECharacter(ID, codePoint());
      case 4 -> new EFloat(ID, random.nextBoolean(), digits(), digits());
      case 5 -> new ENull(ID);
      case 6 -> new EBlank(ID);
      case 7 -> new EVariable(ID, pick(VARIABLES));
      case 8 -> new EConstructor(ID, "Nothing", List.of());
      case 9 -> new EFnCall(ID, stdlibName(), List.of(), rail());
      case 10 -> new EFnCall(ID, packageName(), List.of(), rail());
      default -> new EFnCall(ID, FnName.stdlib("", pick(ONE_WORD), 0), List.of(), Rail.NO_RAIL);
    };
  }

  private Expr binOp(String op, Expr left, Expr right) {
    return new EBinOp(ID, FnName.stdlib("", op, 0), left, right, Rail.NO_RAIL);
  }

  /** Every call shape with its written arguments (no pipe target). */
  private Expr call(int d) {
    return switch (random.nextInt(5)) {
      case 0 -> new EFnCall(ID, stdlibName(), list(0, 3, () -> expr(d)), rail());
      case 1 -> new EFnCall(ID, packageName(), list(0, 3, () -> expr(d)), rail());
      case 2 -> new EFnCall(ID, dateOperator(), list(0, 3, () -> expr(d)), Rail.NO_RAIL);
      case 3 -> new EFnCall(ID, oneWordName(), list(1, 3, () -> expr(d)), rail());
      default -> new EFnCall(ID, new FnName.User(pick(USER_FUNCTIONS)), list(0, 3, () -> expr(d)), rail());
    };
  }

  /** Calls and operator sections take the piped value implicitly; anything else is applied to it. */
  private Expr pipeStep(int d) {
    return switch (random.nextInt(8)) {
      case 0 -> piped(stdlibName(), list(0, 2, () -> expr(d)), rail());
      case 1 -> piped(packageName(), list(0, 2, () -> expr(d)), rail());
      case 2 -> piped(dateOperator(), list(0, 2, () -> expr(d)), Rail.NO_RAIL);
      case 3 -> piped(oneWordName(), List.of(), Rail.NO_RAIL);
      case 4 -> piped(oneWordName(), list(1, 2, () -> expr(d)), rail());
      case 5 -> piped(new FnName.User(pick(USER_FUNCTIONS)), list(0, 2, () -> expr(d)), rail());
      case 6 -> binOp(pick(OPERATORS), new EPipeTarget(ID), expr(d));
      default -> notACall(d);
    };
  }

  private Expr notACall(int d) {
    Expr e = expr(d);
    return e instanceof EFnCall ? new EVariable(ID, "f") : e;
  }

  private static Expr piped(FnName name, List<Expr> args, Rail rail) {
    List<Expr> all = new ArrayList<>(List.of(new EPipeTarget(ID)));
    all.addAll(args);
    return new EFnCall(ID, name, all, rail);
  }

  // ---------------------------------------------------------------- patterns

  private Pattern pattern(int depth) {
    if (depth == 0 || chance(2)) return leafPattern();
    int d = depth - 1;
    if (chance(2)) return new MPConstructor(ID, pick(List.of("Just", "Ok", "Error", "Foo")), list(1, 2, () -> pattern(d)));
    return new MPTuple(ID, pattern(d), pattern(d), list(0, 1, () -> pattern(d)));
  }

  private Pattern leafPattern() {
    return switch (random.nextInt(9)) {
      case 0 -> new MPVariable(ID, pick(List.of("x", "_", "name", "_y", "a'")));
      case 1 -> new MPConstructor(ID, pick(List.of("Nothing", "Error", "Foo")), List.of());
      case 2 -> new MPInteger(ID, integer());
      case 3 -> new MPBool(ID, random.nextBoolean());
      case 4 -> new MPCharacter(ID, codePoint());
      case 5 -> new MPString(ID, string(5));
      case 6 -> new MPFloat(ID, random.nextBoolean(), digits(), digits());
      case 7 -> new MPNull(ID);
      default -> new MPBlank(ID);
    };
  }

  // ---------------------------------------------------------------- names and literals

  private FnName stdlibName() {
    return FnName.stdlib(pick(MODULES), pick(STDLIB_FUNCTIONS), chance(2) ? 0 : random.nextInt(13));
  }

  private FnName dateOperator() {
    return FnName.stdlib("Date", pick(DATE_OPERATORS), 0);
  }

  private FnName oneWordName() {
    return chance(8) ? FnName.stdlib("", "emit", 1) : FnName.stdlib("", pick(ONE_WORD), 0);
  }

  private FnName packageName() {
    return new FnName.Package("test", "test", "Test", pick(PACKAGE_FUNCTIONS), 0);
  }

  private Rail rail() {
    return random.nextBoolean() ? Rail.RAIL : Rail.NO_RAIL;
  }

  /** Mostly small numbers, sometimes the extremes and int32 boundaries that change the spelling. */
  private long integer() {
    return switch (random.nextInt(6)) {
      case 0 -> pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, (long) Integer.MIN_VALUE, Integer.MAX_VALUE + 1L, 0L, -1L));
      case 1 -> random.nextLong();
      default -> random.nextInt(2001) - 1000;
    };
  }

  private String digits() {
    return Gen.digits(random, 1, 6);
  }

  /** Any code point, biased towards what strings and chars must escape (a lone surrogate too). */
  private String codePoint() {
    if (chance(3)) return pick(List.of("'", "\"", "\\", "\n", "\t", "\r", "\0", "\u007f", "\ud800", "😀", "é"));
    return Character.toString(Gen.codePoint(random));
  }

  private String string(int maxLength) {
    return chance(4) ? codePoint() + Gen.string(random, maxLength - 1) : Gen.string(random, maxLength);
  }

  // ---------------------------------------------------------------- helpers

  private boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  private <T> T pick(List<T> options) {
    return Gen.oneOf(random, options);
  }

  private <T> List<T> list(int min, int max, java.util.function.Supplier<T> item) {
    return Gen.list(random, min, max, r -> item.get());
  }

  /** For {@code Property.forAll}: trees of the given depth. */
  public static Function<Random, Expr> exprs(int depth) {
    return random -> expr(random, depth);
  }
}
