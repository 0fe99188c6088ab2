package umbra.domain.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.syntax.Ast.*;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import umbra.domain.syntax.Expr.Rail;

/** The tricky corners of language.md B.2-B.6, each against the tree FSharpToExpr builds. */
class ParserTest {

  static Expr parse(String text) {
    return Ids.zeroed(Parser.parseExpr(text).orElseThrow());
  }

  static ParseError error(String text) {
    Parsed<Expr> parsed = Parser.parseExpr(text);
    assertThat(parsed).isInstanceOf(Parsed.Failed.class);
    return ((Parsed.Failed<Expr>) parsed).error();
  }

  static TestCode test(String text) {
    TestCode t = Parser.parseTest(text).orElseThrow();
    return new TestCode(Ids.zeroed(t.actual()), Ids.zeroed(t.expected()), t.shouldEqual());
  }

  @Nested
  class Precedence {
    @Test
    void equalsAndPipeShareALevelAndAssociateLeft() {
      assertThat(parse("5 |> (+) blank |> (+) 3564 = 3569")).isEqualTo(bin("==",
          pipe(i(5), bin("+", pipeTarget(), blank()), bin("+", pipeTarget(), i(3564))), i(3569)));
      assertThat(parse("[] |> List.push_v0 2 = [2]"))
          .isEqualTo(bin("==", pipe(list(), std("List", "push", 0, pipeTarget(), i(2))), list(i(2))));
    }

    @Test
    void aPipeAfterAComparisonPipesTheComparison() {
      assertThat(parse("a = b |> f")).isEqualTo(pipe(bin("==", var("a"), var("b")), var("f")));
    }

    @Test
    void andOrAndComparisons() {
      assertThat(parse("x < 0 && x % 2 = 0")).isEqualTo(
          bin("&&", bin("<", var("x"), i(0)), bin("==", bin("%", var("x"), i(2)), i(0))));
      assertThat(parse("a || b && c")).isEqualTo(bin("||", var("a"), bin("&&", var("b"), var("c"))));
    }

    @Test
    void powerIsRightAssociativeAndBindsLooserThanAddition() {
      assertThat(parse("2 ^ 3 ^ 4")).isEqualTo(bin("^", i(2), bin("^", i(3), i(4))));
      assertThat(parse("-8 ^ 5")).isEqualTo(bin("^", i(-8), i(5)));
      assertThat(parse("1 + 2 ^ 3")).isEqualTo(bin("^", bin("+", i(1), i(2)), i(3)));
    }

    @Test
    void arithmeticIsLeftAssociativeWithTheUsualLevels() {
      assertThat(parse("a - b - c")).isEqualTo(bin("-", bin("-", var("a"), var("b")), var("c")));
      assertThat(parse("a + b * c ++ d")).isEqualTo(bin("++", bin("+", var("a"), bin("*", var("b"), var("c"))), var("d")));
      assertThat(parse("9.0 / 2.0")).isEqualTo(bin("/", flt(false, "9", "0"), flt(false, "2", "0")));
    }

    @Test
    void applicationBindsTightest() {
      assertThat(parse("Int.add_v0 5 3 + 1")).isEqualTo(bin("+", std("Int", "add", 0, i(5), i(3)), i(1)));
    }

    @Test
    void insideExpressionsEqualsMeansDoubleEquals() {
      assertThat(parse("(a <> b) == (c != d)"))
          .isEqualTo(bin("==", bin("!=", var("a"), var("b")), bin("!=", var("c"), var("d"))));
    }
  }

  @Nested
  class Sections {
    @Test
    void aPipedValueIsTheLeftOperand() {
      assertThat(parse("x |> (-) 3")).isEqualTo(pipe(var("x"), bin("-", pipeTarget(), i(3))));
      assertThat(parse("str |> (++) \"a\"")).isEqualTo(pipe(var("str"), bin("++", pipeTarget(), str("a"))));
    }

    @Test
    void argumentsFillTheLeftOperandFirst() {
      assertThat(parse("(+) 3 4")).isEqualTo(bin("+", i(3), i(4)));
      assertThat(parse("(=) 1 1")).isEqualTo(bin("==", i(1), i(1)));
      assertThat(parse("(*) 2 3")).isEqualTo(bin("*", i(2), i(3)));
    }

    @Test
    void aSectionMissingAnOperandIsAnError() {
      assertThat(error("(+) 3").message()).contains("'(+)' is missing an operand");
    }

    @Test
    void sectionsOfAndAndOr() {
      assertThat(parse("(&&) true false")).isEqualTo(bin("&&", bool(true), bool(false)));
    }
  }

  @Nested
  class Minus {
    @Test
    void spaceBeforeAndNoneAfterIsANegativeArgument() {
      assertThat(parse("f -5")).isEqualTo(user("f", i(-5)));
      assertThat(parse("Int.clamp_v0 -5 -2 5")).isEqualTo(std("Int", "clamp", 0, i(-5), i(-2), i(5)));
      assertThat(parse("Float.negate_v0 -5.6")).isEqualTo(std("Float", "negate", 0, flt(true, "5", "6")));
    }

    @Test
    void otherwiseItIsSubtraction() {
      assertThat(parse("a - 5")).isEqualTo(bin("-", var("a"), i(5)));
      assertThat(parse("a-5")).isEqualTo(bin("-", var("a"), i(5)));
      assertThat(parse("a - -5")).isEqualTo(bin("-", var("a"), i(-5)));
    }

    @Test
    void negatingANonLiteralCallsIntNegate() {
      assertThat(parse("-x")).isEqualTo(std("Int", "negate", 0, var("x")));
      assertThat(parse("f -x")).isEqualTo(user("f", std("Int", "negate", 0, var("x"))));
      assertThat(parse("-(5)")).isEqualTo(std("Int", "negate", 0, i(5)));
      assertThat(parse("-f x")).isEqualTo(std("Int", "negate", 0, user("f", var("x"))));
    }

    @Test
    void negativeLiteralsInLists() {
      assertThat(parse("[ Ok -1, Ok 0 ]")).isEqualTo(list(ctor("Ok", i(-1)), ctor("Ok", i(0))));
    }
  }

  @Nested
  class FunctionNames {
    @Test
    void moduleFunctionsWithVersionAndRail() {
      assertThat(parse("String.length_v1 s")).isEqualTo(std("String", "length", 1, var("s")));
      assertThat(parse("List.head_v1_ster []")).isEqualTo(stdRail("List", "head", 1, list()));
      assertThat(parse("Test.errorRailValue Nothing")).isEqualTo(std("Test", "errorRailValue", 0, ctor("Nothing")));
      assertThat(parse("Dict.get_ster d")).isEqualTo(stdRail("Dict", "get", 0, var("d")));
    }

    @Test
    void zeroArgumentBuiltinsAreJustTheirName() {
      assertThat(parse("DarkInternal.getAndLogTableSizes_v0"))
          .isEqualTo(std("DarkInternal", "getAndLogTableSizes", 0));
    }

    @Test
    void moduleOperators() {
      assertThat(parse("Date.(<) a b")).isEqualTo(std("Date", "<", 0, var("a"), var("b")));
      assertThat(parse("Date.(<=) p.dob d")).isEqualTo(std("Date", "<=", 0, field(var("p"), "dob"), var("d")));
    }

    @Test
    void testTestTestIsThePackage() {
      assertThat(parse("Test.Test.Test.stringFn \"s\"")).isEqualTo(pkg("stringFn", Rail.NO_RAIL, str("s")));
      assertThat(parse("Test.Test.Test.returnsOptionJust_ster 6")).isEqualTo(pkg("returnsOptionJust", Rail.RAIL, i(6)));
    }

    @Test
    void oneWordBuiltins() {
      assertThat(parse("toString 5")).isEqualTo(std("", "toString", 0, i(5)));
      assertThat(parse("toRepr_v0 5")).isEqualTo(std("", "toRepr", 0, i(5)));
      assertThat(parse("emit_v1 a b")).isEqualTo(std("", "emit", 1, var("a"), var("b")));
      for (String name : List.of("equals", "notEquals", "assoc", "dissoc", "toForm", "emit")) {
        assertThat(parse(name + " x")).isEqualTo(std("", name, 0, var("x")));
      }
      assertThat(parse("x |> toString")).isEqualTo(pipe(var("x"), std("", "toString", 0, pipeTarget())));
      assertThat(parse("toString_ster 5")).isEqualTo(stdRail("", "toString", 0, i(5)));
    }

    @Test
    void anyOtherAppliedIdentifierIsAUserFunction() {
      assertThat(parse("stringFn \"s\" 2")).isEqualTo(user("stringFn", str("s"), i(2)));
      assertThat(parse("myUserFunction_v2 \"x\"")).isEqualTo(user("myUserFunction_v2", str("x")));
      assertThat(parse("returnsOptionJust_ster 6")).isEqualTo(userRail("returnsOptionJust", i(6)));
      assertThat(parse("(x) 5")).isEqualTo(user("x", i(5)));
    }

    @Test
    void aNameBeforeUnitCallsAFunctionWithoutParameters() {
      assertThat(parse("links ()")).isEqualTo(user("links"));
      assertThat(parse("links()")).isEqualTo(user("links"));
      assertThat(parse("links_ster ()")).isEqualTo(userRail("links"));
      assertThat(parse("Dict.size (links ())")).isEqualTo(std("Dict", "size", 0, user("links")));
      assertThat(parse("x |> links ()")).isEqualTo(pipe(var("x"), user("links", pipeTarget())));
      assertThat(parse("links")).isEqualTo(var("links"));
      assertThat(error("()").message()).contains("'links ()' calls a function without parameters");
    }

    @Test
    void anUnappliedIdentifierIsAVariableAndPipingIntoItAppliesIt() {
      assertThat(parse("5 |> x")).isEqualTo(pipe(i(5), var("x")));
      assertThat(parse("MyDB")).isEqualTo(var("MyDB"));
    }

    @Test
    void onlyFunctionsCanBeApplied() {
      assertThat(error("5 6").message()).contains("only functions can be applied");
      assertThat(error("x.y 6").message()).contains("only functions can be applied");
    }
  }

  @Nested
  class FieldsAndNames {
    @Test
    void fieldAccessChains() {
      assertThat(parse("x.a.b.c")).isEqualTo(field(field(field(var("x"), "a"), "b"), "c"));
      assertThat(parse("(List.head_v0 l).field")).isEqualTo(field(std("List", "head", 0, var("l")), "field"));
      assertThat(parse("(v.a.b.c).d")).isEqualTo(field(field(field(field(var("v"), "a"), "b"), "c"), "d"));
    }

    @Test
    void anUppercaseFirstPartWithThreeOrMorePartsIsStillAFieldChain() {
      assertThat(parse("X.a.b")).isEqualTo(field(field(var("X"), "a"), "b"));
    }

    @Test
    void tripleUnderscoreIsTheBlankName() {
      assertThat(parse("x.___")).isEqualTo(field(var("x"), ""));
      assertThat(parse("{ col1 = 2 ; ___ = 3 }")).isEqualTo(record("col1", i(2), "", i(3)));
      assertThat(parse("fun x ___ -> x")).isEqualTo(lambda(List.of("x", ""), var("x")));
    }

    @Test
    void backtickNames() {
      assertThat(parse("{``Content-Type`` = \"text\"}")).isEqualTo(record("Content-Type", str("text")));
      assertThat(parse("r.``Max-Age``")).isEqualTo(field(var("r"), "Max-Age"));
    }
  }

  @Nested
  class Literals {
    @Test
    void stringEscapes() {
      assertThat(parse("\"a\\nb\\tc\\rd\\be\\\\f\\\"g\\'h\\0i\"")).isEqualTo(str("a\nb\tc\rd\be\\f\"g'h\0i"));
      assertThat(parse("\"\\u0041\\U0001F600\\x41\\065\"")).isEqualTo(str("A\uD83D\uDE00AA"));
    }

    @Test
    void tripleQuotedAndVerbatimStringsHaveNoEscapes() {
      assertThat(parse("\"\"\"{\"a\": \"\\n\"}\"\"\"")).isEqualTo(str("{\"a\": \"\\n\"}"));
      assertThat(parse("@\"C:\\dir \"\"q\"\"\"")).isEqualTo(str("C:\\dir \"q\""));
      assertThat(error("\"\"\"a\nb\"\"\" ]")).isEqualTo(new ParseError(2, 6, "expected the end of the expression but found ']'"));
    }

    @Test
    void unknownEscapesKeepTheirBackslashAsInFSharp() {
      assertThat(parse("\"\\d+\"")).isEqualTo(str("\\d+"));
    }

    @Test
    void stringsKeepRawUnicode() {
      assertThat(parse("\"👩‍👩‍👧‍👦\"")).isEqualTo(str("👩‍👩‍👧‍👦"));
    }

    @Test
    void characters() {
      assertThat(parse("'a'")).isEqualTo(chr("a"));
      assertThat(parse("'Á'")).isEqualTo(chr("Á"));
      assertThat(parse("'\\n'")).isEqualTo(chr("\n"));
      assertThat(parse("'\\''")).isEqualTo(chr("'"));
    }

    @Test
    void integerSuffixes() {
      assertThat(parse("9999999999998L")).isEqualTo(i(9999999999998L));
      assertThat(parse("-9223372036854775808L")).isEqualTo(i(Long.MIN_VALUE));
      assertThat(parse("999999999999999I")).isEqualTo(i(999999999999999L));
      assertThat(parse("-4611686018427387904I")).isEqualTo(i(-4611686018427387904L));
      assertThat(error("9223372036854775808L").message()).contains("does not fit in 64 bits");
    }

    @Test
    void floatsAreKeptAsWritten() {
      assertThat(parse("5.6")).isEqualTo(flt(false, "5", "6"));
      assertThat(parse("-0.0")).isEqualTo(flt(true, "0", "0"));
      assertThat(parse("0000000.1")).isEqualTo(flt(false, "0000000", "1"));
      assertThat(parse("-4.611686018e+18")).isEqualTo(flt(true, "4611686018000000000", ""));
      assertThat(parse("-55555555555555555555555555555.5")).isEqualTo(flt(true, "55555555555555555555555555555", "5"));
    }

    @Test
    void keywordsAndSpecialIdentifiers() {
      assertThat(parse("[true; false; null; blank; Nothing]"))
          .isEqualTo(list(bool(true), bool(false), nul(), blank(), ctor("Nothing")));
    }
  }

  @Nested
  class Layout {
    @Test
    void letWithoutInTakesTheNextLineAtTheSameColumnAsItsBody() {
      assertThat(parse("(let x = 5\n let y = x + 1\n y * 2)"))
          .isEqualTo(let("x", i(5), let("y", bin("+", var("x"), i(1)), bin("*", var("y"), i(2)))));
    }

    @Test
    void aMoreIndentedLineContinuesTheRightHandSide() {
      assertThat(parse("let headers =\n  h\n  |> List.sort\n{ h = headers }")).isEqualTo(
          let("headers", pipe(var("h"), std("List", "sort", 0, pipeTarget())), record("h", var("headers"))));
      assertThat(parse("let x = f\n      1\nx")).isEqualTo(let("x", user("f", i(1)), var("x")));
    }

    @Test
    void letWithoutInOrBodyIsAnError() {
      ParseError e = error("(let x = 5 x)");
      assertThat(e.toString()).isEqualTo("line 1, column 12: only functions can be applied to arguments, "
          + "but found another argument 'x'");
      assertThat(error("(let x = 5)").message()).isEqualTo("expected 'in' (or the let's body on the next line) but found ')'");
    }

    @Test
    void multiLineListsAndRecordsSeparateItemsByNewlines() {
      assertThat(parse("[\n  Just 1\n  Just 2\n]")).isEqualTo(list(ctor("Just", i(1)), ctor("Just", i(2))));
      assertThat(parse("{ a = 1\n  b = f\n    2 }")).isEqualTo(record("a", i(1), "b", user("f", i(2))));
      assertThat(parse("[ { x = \"a\"; sortBy = 0 }\n   ; { x = \"b\"; sortBy = 1}]"))
          .isEqualTo(list(record("x", str("a"), "sortBy", i(0)), record("x", str("b"), "sortBy", i(1))));
    }

    @Test
    void commasInAListMakeATupleWhichBecomesTheItems() {
      assertThat(parse("[1, 2]")).isEqualTo(list(i(1), i(2)));
      assertThat(parse("[(1, 2)]")).isEqualTo(list(tuple(i(1), i(2))));
      assertThat(parse("[1, 2; 3]")).isEqualTo(list(tuple(i(1), i(2)), i(3)));
    }

    @Test
    void comments() {
      assertThat(parse("1 + (* two *) 2 // three")).isEqualTo(bin("+", i(1), i(2)));
      assertThat(parse("(*) 2 3")).isEqualTo(bin("*", i(2), i(3)));
      assertThat(parse("\"http://x\"")).isEqualTo(str("http://x"));
    }
  }

  @Nested
  class Match {
    @Test
    void leadingBarIsOptional() {
      Expr expected = match(i(6), pi(5), str("fail"), pv("var"), str("pass"));
      assertThat(parse("match 6 with | 5 -> \"fail\" | var -> \"pass\"")).isEqualTo(expected);
      assertThat(parse("match 6 with 5 -> \"fail\" | var -> \"pass\"")).isEqualTo(expected);
    }

    @Test
    void everyPatternKind() {
      assertThat(parse("(match x with\n| 5.6 -> 1\n| false -> 2\n| \"s\" -> 3\n| null -> 4\n| blank -> 5\n"
          + "| Ok y -> 6\n| Nothing -> 7\n| -5 -> 8\n| (1, (Just _, 'c')) -> 9\n| name -> 10)"))
          .isEqualTo(match(var("x"), pf(false, "5", "6"), i(1), pb(false), i(2), ps("s"), i(3), pnull(), i(4),
              pblank(), i(5), pc("Ok", pv("y")), i(6), pc("Nothing"), i(7), pi(-5), i(8),
              pt(pi(1), pt(pc("Just", pv("_")), new Pattern.MPCharacter(0, "c"))), i(9), pv("name"), i(10)));
    }

    @Test
    void aNestedMatchGivesBackCasesLeftOfIt() {
      assertThat(parse("match a with\n| 1 ->\n  match b with\n  | 2 -> 3\n  | _ -> 4\n| _ -> 5"))
          .isEqualTo(match(var("a"), pi(1), match(var("b"), pi(2), i(3), pv("_"), i(4)), pv("_"), i(5)));
    }

    @Test
    void aBarLeftOfTheOnlyMatchStillBelongsToIt() {
      assertThat(parse("(let t = 1 in\nmatch t with\n| 1 -> 2\n| _ -> 3)"))
          .isEqualTo(let("t", i(1), match(var("t"), pi(1), i(2), pv("_"), i(3))));
    }
  }

  @Nested
  class Lambdas {
    @Test
    void tupledParametersAreSeveralParameters() {
      assertThat(parse("fun (a, b) -> a - b")).isEqualTo(lambda(List.of("a", "b"), bin("-", var("a"), var("b"))));
    }

    @Test
    void nestedLambdasAreFlattenedUnlessParenthesised() {
      assertThat(parse("fun a -> fun b -> a")).isEqualTo(lambda(List.of("a", "b"), var("a")));
      assertThat(parse("fun a -> (fun b -> a)")).isEqualTo(lambda(List.of("a"), lambda(List.of("b"), var("a"))));
    }

    @Test
    void aLambdaAsAPipeStep() {
      assertThat(parse("x |> (fun y -> y)")).isEqualTo(pipe(var("x"), lambda(List.of("y"), var("y"))));
    }
  }

  @Nested
  class EditorForms {
    @Test
    void partials() {
      assertThat(parse("5 + (partial \"three\" 3)")).isEqualTo(bin("+", i(5), partial("three", i(3))));
      assertThat(parse("5 |> partial \"outer\" (fun x -> x)"))
          .isEqualTo(pipe(i(5), partial("outer", lambda(List.of("x"), var("x")))));
    }

    @Test
    void featureFlags() {
      assertThat(parse("flag \"test\" (Test.typeError_v0 \"t\") \"old\" \"new\""))
          .isEqualTo(flag("test", std("Test", "typeError", 0, str("t")), str("old"), str("new")));
    }

    @Test
    void constructors() {
      assertThat(parse("Just (Just 0)")).isEqualTo(ctor("Just", ctor("Just", i(0))));
      assertThat(parse("Error blank")).isEqualTo(ctor("Error", blank()));
      assertThat(parse("Nothing 5")).isEqualTo(ctor("Nothing", i(5)));
      assertThat(error("Just 1 2").message()).contains("only functions can be applied");
    }
  }

  @Nested
  class Tests {
    @Test
    void theOutermostEqualsSplitsATest() {
      assertThat(test("Int.add_v0 5 3 = 8")).isEqualTo(new TestCode(std("Int", "add", 0, i(5), i(3)), i(8), true));
      assertThat(test("(5 = 5) = true")).isEqualTo(new TestCode(bin("==", i(5), i(5)), bool(true), true));
      assertThat(test("Password.hash_v0 \"p\" <> Password.hash_v0 \"p\"").shouldEqual()).isFalse();
    }

    @Test
    void aLoneExpressionMustBeTrue() {
      assertThat(test("(a = b)")).isEqualTo(new TestCode(bin("==", var("a"), var("b")), bool(true), true));
      assertThat(test("Test.nan_v0 != Test.nan_v0"))
          .isEqualTo(new TestCode(bin("!=", std("Test", "nan", 0), std("Test", "nan", 0)), bool(true), true));
      assertThat(test("a = b && c").actual()).isEqualTo(bin("&&", bin("==", var("a"), var("b")), var("c")));
      assertThat(test("let x = 1 in x = 1").expected()).isEqualTo(bool(true));
    }

    @Test
    void irregularLinesOfB6AreTolerated() {
      assertThat(test("(if true then \"correct\" else 0) = \"correct\")"))
          .isEqualTo(new TestCode(ifE(bool(true), str("correct"), i(0)), str("correct"), true));
      assertThat(test("f 1 = \"x\")\"\"").expected()).isEqualTo(str("x"));
      assertThat(test("f 1 = 2 \"").expected()).isEqualTo(i(2));
    }
  }

  @Nested
  class ErrorsAndIds {
    @Test
    void errorsSayWhatWasExpectedAndWhatWasFound() {
      ParseError e = error("(if true\nthen 1 else 2 then");
      assertThat(e).isEqualTo(new ParseError(2, 15, "expected ')' but found 'then'"));
      assertThat(e.toString()).isEqualTo("line 2, column 15: expected ')' but found 'then'");
      assertThat(error("if a then b").message()).isEqualTo("expected 'else' but found end of input");
      assertThat(error("\"abc").message()).startsWith("expected an expression");
      assertThat(error("a ** b").message()).isEqualTo("unsupported operator '**'");
    }

    @Test
    void idsAreUniqueStartAtTheGivenIdAndAreDeterministic() {
      String text = "let x = fun (a, b) -> match a with | Just (c, 1) -> [c; b] | _ -> [] in x |> f 1";
      Expr e = Parser.parseExpr(text, 100).orElseThrow();
      List<Long> ids = IdWalk.ids(e);
      assertThat(ids).hasSize(20).doesNotHaveDuplicates().allMatch(id -> id >= 100);
      assertThat(Parser.parseExpr(text, 100).orElseThrow()).isEqualTo(e);
      assertThat(IdWalk.ids(Ids.zeroed(e))).containsOnly(0L);
    }
  }
}
