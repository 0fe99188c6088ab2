package umbra.domain.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.Pattern.*;

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

  @Property(tries = 3000)
  void printedExpressionsParseBackToTheSameTree(@ForAll("expressions") Expr e) {
    String text = Printer.print(e);
    Parsed<Expr> parsed = Parser.parseExpr(text);
    assertThat(parsed).as(text).isInstanceOf(Parsed.Ok.class);
    assertThat(Ids.zeroed(parsed.orElseThrow())).as(text).isEqualTo(Ids.zeroed(e));
  }

  @Property(tries = 500)
  void printedTestsSplitAtTheirOwnOperator(
      @ForAll("expressions") Expr actual, @ForAll("expressions") Expr expected, @ForAll boolean shouldEqual) {
    String text = Printer.print(new TestCode(actual, expected, shouldEqual));
    TestCode parsed = Parser.parseTest(text).orElseThrow();
    assertThat(Ids.zeroed(parsed.actual())).as(text).isEqualTo(Ids.zeroed(actual));
    assertThat(Ids.zeroed(parsed.expected())).as(text).isEqualTo(Ids.zeroed(expected));
    assertThat(parsed.shouldEqual()).as(text).isEqualTo(shouldEqual);
  }

  @Provide
  Arbitrary<Expr> expressions() {
    return expr(4);
  }

  // ---------------------------------------------------------------- expressions

  private Arbitrary<Expr> expr(int depth) {
    if (depth == 0) return leaf();
    Arbitrary<Expr> sub = Arbitraries.lazy(() -> expr(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(5, leaf()),
        Tuple.of(1, Combinators.combine(Arbitraries.of(BINDERS), sub, sub).as((n, r, b) -> new ELet(ID, n, r, b))),
        Tuple.of(1, Combinators.combine(sub, sub, sub).as((c, t, e) -> new EIf(ID, c, t, e))),
        Tuple.of(4, Combinators.combine(Arbitraries.of(OPERATORS), sub, sub).as(this::binOp)),
        Tuple.of(1, Combinators.combine(Arbitraries.of(PARAMS).list().ofMinSize(1).ofMaxSize(3), sub)
            .as((ps, b) -> new ELambda(ID, ps.stream().map(p -> new LambdaParam(ID, p)).toList(), b))),
        Tuple.of(1, Combinators.combine(sub, Arbitraries.of(FIELDS)).as((r, f) -> new EFieldAccess(ID, r, f))),
        Tuple.of(3, call(sub)),
        Tuple.of(1, Combinators.combine(Arbitraries.strings().ofMaxLength(5), sub)
            .as((t, e) -> new EPartial(ID, PartialKind.PARTIAL, t, e))),
        Tuple.of(1, sub.list().ofMaxSize(3).map(items -> new EList(ID, items))),
        Tuple.of(1, sub.list().ofMinSize(2).ofMaxSize(4).map(items -> new ETuple(ID, items.get(0), items.get(1),
            items.subList(2, items.size())))),
        Tuple.of(1, Combinators.combine(Arbitraries.of(FIELDS), sub).as(Field::new).list().ofMaxSize(3)
            .map(fields -> new ERecord(ID, fields))),
        Tuple.of(2, Combinators.combine(sub, pipeStep(sub).list().ofMinSize(1).ofMaxSize(3))
            .as((first, steps) -> new EPipe(ID, first, steps))),
        Tuple.of(1, Combinators.combine(Arbitraries.of("Just", "Ok", "Error", "Nothing"), sub)
            .as((name, arg) -> new EConstructor(ID, name, List.of(arg)))),
        Tuple.of(1, Combinators.combine(sub, matchCase(sub).list().ofMinSize(1).ofMaxSize(3))
            .as((s, cases) -> new EMatch(ID, s, cases))),
        Tuple.of(1, Combinators.combine(Arbitraries.strings().ofMaxLength(5), sub, sub, sub)
            .as((n, c, o, nw) -> new EFeatureFlag(ID, n, c, o, nw))));
  }

  private Expr binOp(String op, Expr left, Expr right) {
    return new EBinOp(ID, FnName.stdlib("", op, 0), left, right, Rail.NO_RAIL);
  }

  private Arbitrary<Expr> leaf() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.longs().map(v -> new EInteger(ID, v)),
        Arbitraries.of(true, false).map(b -> new EBool(ID, b)),
        Arbitraries.strings().ofMaxLength(6).map(s -> new EString(ID, s)),
        codePoint().map(c -> new ECharacter(ID, c)),
        Combinators.combine(Arbitraries.of(true, false), digits(), digits())
            .as((n, w, f) -> new EFloat(ID, n, w, f)),
        Arbitraries.just(new ENull(ID)),
        Arbitraries.just(new EBlank(ID)),
        Arbitraries.of(VARIABLES).map(n -> new EVariable(ID, n)),
        Arbitraries.just(new EConstructor(ID, "Nothing", List.of())),
        Combinators.combine(stdlibName(), rail()).as((n, r) -> new EFnCall(ID, n, List.of(), r)),
        Combinators.combine(packageName(), rail()).as((n, r) -> new EFnCall(ID, n, List.of(), r)),
        Arbitraries.of(ONE_WORD).map(n -> new EFnCall(ID, FnName.stdlib("", n, 0), List.of(), Rail.NO_RAIL))));
  }

  /** Every call shape with its written arguments (no pipe target). */
  private Arbitrary<Expr> call(Arbitrary<Expr> sub) {
    Arbitrary<List<Expr>> anyArgs = sub.list().ofMaxSize(3);
    Arbitrary<List<Expr>> someArgs = sub.list().ofMinSize(1).ofMaxSize(3);
    return Arbitraries.oneOf(List.of(
        Combinators.combine(stdlibName(), anyArgs, rail()).as((n, a, r) -> new EFnCall(ID, n, a, r)),
        Combinators.combine(packageName(), anyArgs, rail()).as((n, a, r) -> new EFnCall(ID, n, a, r)),
        Combinators.combine(dateOperator(), anyArgs).as((n, a) -> new EFnCall(ID, n, a, Rail.NO_RAIL)),
        Combinators.combine(oneWordName(), someArgs, rail()).as((n, a, r) -> new EFnCall(ID, n, a, r)),
        Combinators.combine(userName(), someArgs, rail()).as((n, a, r) -> new EFnCall(ID, n, a, r))));
  }

  /** A pipe step: calls and operator sections take the piped value implicitly, anything else is applied. */
  private Arbitrary<Expr> pipeStep(Arbitrary<Expr> sub) {
    Arbitrary<List<Expr>> anyArgs = sub.list().ofMaxSize(2);
    Arbitrary<List<Expr>> someArgs = sub.list().ofMinSize(1).ofMaxSize(2);
    return Arbitraries.oneOf(List.of(
        Combinators.combine(stdlibName(), anyArgs, rail()).as((n, a, r) -> piped(n, a, r)),
        Combinators.combine(packageName(), anyArgs, rail()).as((n, a, r) -> piped(n, a, r)),
        Combinators.combine(dateOperator(), anyArgs).as((n, a) -> piped(n, a, Rail.NO_RAIL)),
        oneWordName().map(n -> piped(n, List.of(), Rail.NO_RAIL)),
        Combinators.combine(oneWordName(), someArgs, rail()).as((n, a, r) -> piped(n, a, r)),
        Combinators.combine(userName(), someArgs, rail()).as((n, a, r) -> piped(n, a, r)),
        Combinators.combine(Arbitraries.of(OPERATORS), sub)
            .as((op, right) -> binOp(op, new EPipeTarget(ID), right)),
        sub.filter(e -> !(e instanceof EFnCall))));
  }

  private static Expr piped(FnName name, List<Expr> args, Rail rail) {
    List<Expr> all = new ArrayList<>(List.of(new EPipeTarget(ID)));
    all.addAll(args);
    return new EFnCall(ID, name, all, rail);
  }

  private Arbitrary<MatchCase> matchCase(Arbitrary<Expr> body) {
    return Combinators.combine(pattern(3), body).as(MatchCase::new);
  }

  // ---------------------------------------------------------------- patterns

  private Arbitrary<Pattern> pattern(int depth) {
    if (depth == 0) return leafPattern();
    Arbitrary<Pattern> sub = Arbitraries.lazy(() -> pattern(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(4, leafPattern()),
        Tuple.of(1, Combinators.combine(Arbitraries.of("Just", "Ok", "Error", "Foo"), sub.list().ofMinSize(1).ofMaxSize(2))
            .as((n, args) -> new MPConstructor(ID, n, args))),
        Tuple.of(1, sub.list().ofMinSize(2).ofMaxSize(3)
            .map(ps -> new MPTuple(ID, ps.get(0), ps.get(1), ps.subList(2, ps.size())))));
  }

  private Arbitrary<Pattern> leafPattern() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.of("x", "_", "name", "_y", "a'").map(n -> new MPVariable(ID, n)),
        Arbitraries.of("Nothing", "Error", "Foo").map(n -> new MPConstructor(ID, n, List.of())),
        Arbitraries.longs().map(v -> new MPInteger(ID, v)),
        Arbitraries.of(true, false).map(b -> new MPBool(ID, b)),
        codePoint().map(c -> new MPCharacter(ID, c)),
        Arbitraries.strings().ofMaxLength(5).map(s -> new MPString(ID, s)),
        Combinators.combine(Arbitraries.of(true, false), digits(), digits())
            .as((n, w, f) -> new MPFloat(ID, n, w, f)),
        Arbitraries.just(new MPNull(ID)),
        Arbitraries.just(new MPBlank(ID))));
  }

  // ---------------------------------------------------------------- names and literals

  private Arbitrary<FnName> stdlibName() {
    return Combinators.combine(Arbitraries.of(MODULES), Arbitraries.of(STDLIB_FUNCTIONS), Arbitraries.integers().between(0, 12))
        .as(FnName::stdlib);
  }

  private Arbitrary<FnName> dateOperator() {
    return Arbitraries.of("<", ">", "<=", ">=", "==", "!=", "+", "^").map(op -> FnName.stdlib("Date", op, 0));
  }

  private Arbitrary<FnName> oneWordName() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.of(ONE_WORD).map(n -> (FnName) FnName.stdlib("", n, 0)),
        Arbitraries.just(FnName.stdlib("", "emit", 1))));
  }

  private Arbitrary<FnName> userName() {
    return Arbitraries.of(USER_FUNCTIONS).map(FnName.User::new);
  }

  private Arbitrary<FnName> packageName() {
    return Arbitraries.of("stringFn", "returnsInt", "fn_v1")
        .map(n -> new FnName.Package("test", "test", "Test", n, 0));
  }

  private Arbitrary<Rail> rail() {
    return Arbitraries.of(Rail.class);
  }

  private Arbitrary<String> digits() {
    return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
  }

  private Arbitrary<String> codePoint() {
    return Arbitraries.integers().between(0, Character.MAX_CODE_POINT).map(Character::toString);
  }
}
