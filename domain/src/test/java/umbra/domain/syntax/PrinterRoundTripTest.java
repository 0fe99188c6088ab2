package umbra.domain.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.Pattern.*;
import umbra.testing.Gen;
import umbra.testing.Property;

/**
 * parse(print(ast)) == ast up to ids, for generated trees using every Expr and Pattern variant.
 *
 * <p>Generated trees stay inside what the syntax can express; each restriction below is a place
 * where two trees would print alike or where a tree has no spelling at all (language.md B.3):
 * <ul>
 *   <li>EBinOp: Dark's infix operators only, empty module, never on the rail (the syntax has no
 *       spelling for {@code Date::<} as an operator or for a railed operator).</li>
 *   <li>EPipeTarget: only as the first argument of a call step or the left operand of an
 *       operator step, where the printer leaves it implicit; a call step always has it (a call
 *       written in a pipe receives the piped value), so no call step lacks it.</li>
 *   <li>EPartial: kind PARTIAL only; right/left partials print the same way.</li>
 *   <li>Names: {@code ___} spells the empty name, so "___" itself is not generated; variables
 *       are never one of the identifiers with a meaning ({@code blank}, {@code Nothing},
 *       {@code toString}, ...), user functions never {@code partial}/{@code flag}/a one-word
 *       builtin, builtin function names never end in {@code _vN} or {@code _ster} (those
 *       suffixes are read as version and rail). Names never contain a backtick or a newline.</li>
 *   <li>Calls: a user function or a railed one-word builtin has at least one written argument
 *       ({@code f} alone is a variable); constructors are Just/Ok/Error with one argument and
 *       Nothing with zero or one; package functions are {@code test/test/Test::f_v0}.</li>
 *   <li>Literals: EFloat digit strings are non-empty (kept as written, so {@code 1.50} is not
 *       {@code 1.5}); ECharacter is one code point; lambdas have at least one parameter, tuples
 *       at least two elements, pipes at least one step, matches at least one case.</li>
 *   <li>Patterns: variables are lowercase (an uppercase name is a constructor), constructors
 *       uppercase.</li>
 * </ul>
 */
class PrinterRoundTripTest {

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

  @Test
  void printedExpressionsParseBackToTheSameTree() {
    Property.forAll(3000, r -> expr(r, 4), e -> {
      String text = Printer.print(e);
      Parsed<Expr> parsed = Parser.parseExpr(text);
      assertThat(parsed).as(text).isInstanceOf(Parsed.Ok.class);
      assertThat(Ids.zeroed(parsed.orElseThrow())).as(text).isEqualTo(Ids.zeroed(e));
    });
  }

  @Test
  void printedTestsSplitAtTheirOwnOperator() {
    Property.forAll(500, r -> new TestCode(expr(r, 4), expr(r, 4), r.nextBoolean()), code -> {
      String text = Printer.print(code);
      TestCode parsed = Parser.parseTest(text).orElseThrow();
      assertThat(Ids.zeroed(parsed.actual())).as(text).isEqualTo(Ids.zeroed(code.actual()));
      assertThat(Ids.zeroed(parsed.expected())).as(text).isEqualTo(Ids.zeroed(code.expected()));
      assertThat(parsed.shouldEqual()).as(text).isEqualTo(code.shouldEqual());
    });
  }

  // ---------------------------------------------------------------- expressions

  /** Weighted choice of every expression shape; leaves get weight 5 so trees stay small. */
  private static Expr expr(Random r, int depth) {
    if (depth == 0) return leaf(r);
    int d = depth - 1;
    int pick = r.nextInt(30);
    if (pick < 5) return leaf(r);
    return switch (pick) {
      case 5 -> new ELet(ID, Gen.oneOf(r, BINDERS), expr(r, d), expr(r, d));
      case 6 -> new EIf(ID, expr(r, d), expr(r, d), expr(r, d));
      case 7, 8, 9, 10 -> binOp(Gen.oneOf(r, OPERATORS), expr(r, d), expr(r, d));
      case 11 -> new ELambda(ID, Gen.list(r, 1, 3, x -> new LambdaParam(ID, Gen.oneOf(x, PARAMS))), expr(r, d));
      case 12 -> new EFieldAccess(ID, expr(r, d), Gen.oneOf(r, FIELDS));
      case 13, 14, 15 -> call(r, d);
      case 16 -> new EPartial(ID, PartialKind.PARTIAL, Gen.string(r, 5), expr(r, d));
      case 17 -> new EList(ID, Gen.list(r, 0, 3, x -> expr(x, d)));
      case 18 -> {
        List<Expr> items = Gen.list(r, 2, 4, x -> expr(x, d));
        yield new ETuple(ID, items.get(0), items.get(1), items.subList(2, items.size()));
      }
      case 19 -> new ERecord(ID, Gen.list(r, 0, 3, x -> new Field(Gen.oneOf(x, FIELDS), expr(x, d))));
      case 20, 21 -> new EPipe(ID, expr(r, d), Gen.list(r, 1, 3, x -> pipeStep(x, d)));
      case 22 -> new EConstructor(ID, Gen.oneOf(r, "Just", "Ok", "Error", "Nothing"), List.of(expr(r, d)));
      case 23 -> new EMatch(ID, expr(r, d), Gen.list(r, 1, 3, x -> new MatchCase(pattern(x, 3), expr(x, d))));
      case 24 -> new EFeatureFlag(ID, Gen.string(r, 5), expr(r, d), expr(r, d), expr(r, d));
      default -> leaf(r);
    };
  }

  private static Expr binOp(String op, Expr left, Expr right) {
    return new EBinOp(ID, FnName.stdlib("", op, 0), left, right, Rail.NO_RAIL);
  }

  private static Expr leaf(Random r) {
    return switch (r.nextInt(12)) {
      case 0 -> new EInteger(ID, r.nextLong());
      case 1 -> new EBool(ID, r.nextBoolean());
      case 2 -> new EString(ID, Gen.string(r, 6));
      case 3 -> new ECharacter(ID, Character.toString(Gen.codePoint(r)));
      case 4 -> new EFloat(ID, r.nextBoolean(), Gen.digits(r, 1, 6), Gen.digits(r, 1, 6));
      case 5 -> new ENull(ID);
      case 6 -> new EBlank(ID);
      case 7 -> new EVariable(ID, Gen.oneOf(r, VARIABLES));
      case 8 -> new EConstructor(ID, "Nothing", List.of());
      case 9 -> new EFnCall(ID, stdlibName(r), List.of(), rail(r));
      case 10 -> new EFnCall(ID, packageName(r), List.of(), rail(r));
      default -> new EFnCall(ID, FnName.stdlib("", Gen.oneOf(r, ONE_WORD), 0), List.of(), Rail.NO_RAIL);
    };
  }

  /** Every call shape with its written arguments (no pipe target). */
  private static Expr call(Random r, int d) {
    List<Expr> anyArgs = Gen.list(r, 0, 3, x -> expr(x, d));
    List<Expr> someArgs = Gen.list(r, 1, 3, x -> expr(x, d));
    return switch (r.nextInt(5)) {
      case 0 -> new EFnCall(ID, stdlibName(r), anyArgs, rail(r));
      case 1 -> new EFnCall(ID, packageName(r), anyArgs, rail(r));
      case 2 -> new EFnCall(ID, dateOperator(r), anyArgs, Rail.NO_RAIL);
      case 3 -> new EFnCall(ID, oneWordName(r), someArgs, rail(r));
      default -> new EFnCall(ID, userName(r), someArgs, rail(r));
    };
  }

  /** A pipe step: calls and operator sections take the piped value implicitly, anything else is applied. */
  private static Expr pipeStep(Random r, int d) {
    List<Expr> anyArgs = Gen.list(r, 0, 2, x -> expr(x, d));
    List<Expr> someArgs = Gen.list(r, 1, 2, x -> expr(x, d));
    return switch (r.nextInt(8)) {
      case 0 -> piped(stdlibName(r), anyArgs, rail(r));
      case 1 -> piped(packageName(r), anyArgs, rail(r));
      case 2 -> piped(dateOperator(r), anyArgs, Rail.NO_RAIL);
      case 3 -> piped(oneWordName(r), List.of(), Rail.NO_RAIL);
      case 4 -> piped(oneWordName(r), someArgs, rail(r));
      case 5 -> piped(userName(r), someArgs, rail(r));
      case 6 -> binOp(Gen.oneOf(r, OPERATORS), new EPipeTarget(ID), expr(r, d));
      default -> {
        Expr e = expr(r, d);
        while (e instanceof EFnCall) e = expr(r, d);
        yield e;
      }
    };
  }

  private static Expr piped(FnName name, List<Expr> args, Rail rail) {
    List<Expr> all = new ArrayList<>(List.of(new EPipeTarget(ID)));
    all.addAll(args);
    return new EFnCall(ID, name, all, rail);
  }

  // ---------------------------------------------------------------- patterns

  private static Pattern pattern(Random r, int depth) {
    if (depth == 0) return leafPattern(r);
    int d = depth - 1;
    return switch (r.nextInt(6)) {
      case 4 -> new MPConstructor(ID, Gen.oneOf(r, "Just", "Ok", "Error", "Foo"), Gen.list(r, 1, 2, x -> pattern(x, d)));
      case 5 -> {
        List<Pattern> ps = Gen.list(r, 2, 3, x -> pattern(x, d));
        yield new MPTuple(ID, ps.get(0), ps.get(1), ps.subList(2, ps.size()));
      }
      default -> leafPattern(r);
    };
  }

  private static Pattern leafPattern(Random r) {
    return switch (r.nextInt(9)) {
      case 0 -> new MPVariable(ID, Gen.oneOf(r, "x", "_", "name", "_y", "a'"));
      case 1 -> new MPConstructor(ID, Gen.oneOf(r, "Nothing", "Error", "Foo"), List.of());
      case 2 -> new MPInteger(ID, r.nextLong());
      case 3 -> new MPBool(ID, r.nextBoolean());
      case 4 -> new MPCharacter(ID, Character.toString(Gen.codePoint(r)));
      case 5 -> new MPString(ID, Gen.string(r, 5));
      case 6 -> new MPFloat(ID, r.nextBoolean(), Gen.digits(r, 1, 6), Gen.digits(r, 1, 6));
      case 7 -> new MPNull(ID);
      default -> new MPBlank(ID);
    };
  }

  // ---------------------------------------------------------------- names and literals

  private static FnName stdlibName(Random r) {
    return FnName.stdlib(Gen.oneOf(r, MODULES), Gen.oneOf(r, STDLIB_FUNCTIONS), r.nextInt(13));
  }

  private static FnName dateOperator(Random r) {
    return FnName.stdlib("Date", Gen.oneOf(r, "<", ">", "<=", ">=", "==", "!=", "+", "^"), 0);
  }

  private static FnName oneWordName(Random r) {
    return r.nextInt(9) == 0 ? FnName.stdlib("", "emit", 1) : FnName.stdlib("", Gen.oneOf(r, ONE_WORD), 0);
  }

  private static FnName userName(Random r) {
    return new FnName.User(Gen.oneOf(r, USER_FUNCTIONS));
  }

  private static FnName packageName(Random r) {
    return new FnName.Package("test", "test", "Test", Gen.oneOf(r, "stringFn", "returnsInt", "fn_v1"), 0);
  }

  private static Rail rail(Random r) {
    return r.nextBoolean() ? Rail.RAIL : Rail.NO_RAIL;
  }
}
