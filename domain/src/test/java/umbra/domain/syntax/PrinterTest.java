package umbra.domain.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.syntax.Ast.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.syntax.Expr.Rail;

/** What the printed text looks like for the corners the round-trip property reaches only by luck. */
class PrinterTest {

  @Test
  void powerAssociatesRightAndTheOthersLeft() {
    assertThat(Printer.print(bin("^", bin("^", i(2), i(3)), i(4)))).isEqualTo("(2 ^ 3) ^ 4");
    assertThat(Printer.print(bin("^", i(2), bin("^", i(3), i(4))))).isEqualTo("2 ^ 3 ^ 4");
    assertThat(Printer.print(bin("-", i(1), bin("-", i(2), i(3))))).isEqualTo("1 - (2 - 3)");
    assertThat(Printer.print(bin("-", bin("-", i(1), i(2)), i(3)))).isEqualTo("1 - 2 - 3");
  }

  @Test
  void pipesLeaveTheTargetImplicit() {
    assertThat(Printer.print(pipe(var("x"), bin("-", pipeTarget(), i(3)), std("List", "push", 0, pipeTarget(), i(2)))))
        .isEqualTo("x |> (-) 3 |> List.push 2");
    assertThat(Printer.print(pipe(pipe(var("x"), var("f")), var("g")))).isEqualTo("(x |> f) |> g");
  }

  @Test
  void negativeNumbersAreParenthesised() {
    assertThat(Printer.print(user("f", i(-5), flt(true, "0", "0")))).isEqualTo("f (-5) (-0.0)");
    assertThat(Printer.print(i(Long.MIN_VALUE))).isEqualTo("(-9223372036854775808L)");
    assertThat(Printer.print(i(3_000_000_000L))).isEqualTo("3000000000L");
  }

  @Test
  void namesAndRails() {
    assertThat(Printer.print(stdRail("List", "head", 1, list()))).isEqualTo("List.head_v1_ster []");
    assertThat(Printer.print(std("Date", "<", 0, var("a"), var("b")))).isEqualTo("Date.(<) a b");
    assertThat(Printer.print(pkg("fn", Rail.RAIL, i(1)))).isEqualTo("Test.Test.Test.fn_ster 1");
    assertThat(Printer.print(std("", "emit", 1, var("a")))).isEqualTo("emit_v1 a");
    assertThat(Printer.print(record("Content-Type", str("a"), "", i(1)))).isEqualTo("{ ``Content-Type`` = \"a\"; ___ = 1 }");
    assertThat(Printer.print(field(var("X"), "y"))).isEqualTo("(X).y");
  }

  @Test
  void aUserFunctionWithoutArgumentsIsCalledWithUnit() {
    assertThat(Printer.print(user("links"))).isEqualTo("links ()");
    assertThat(Printer.print(std("Dict", "size", 0, user("links")))).isEqualTo("Dict.size (links ())");
    assertThat(Printer.print(pipe(var("x"), user("links", pipeTarget())))).isEqualTo("x |> links ()");
    assertThat(Printer.print(std("DarkInternal", "sizes", 0))).isEqualTo("DarkInternal.sizes");
  }

  @Test
  void stringsAndCharactersAreEscaped() {
    assertThat(Printer.print(str("a\"b\\c\nd\re\tf\u0001g\uD800h😀"))).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\uD800h😀\"");
    assertThat(Printer.print(chr("'"))).isEqualTo("'\\''");
  }

  @Test
  void openFormsAreParenthesisedWhereSomethingFollows() {
    Expr inner = match(var("y"), pi(1), i(2));
    assertThat(Printer.print(match(var("x"), pi(1), inner, pv("_"), i(3))))
        .isEqualTo("match x with | 1 -> (match y with | 1 -> 2) | _ -> 3");
    assertThat(Printer.print(lambda(List.of("a"), lambda(List.of("b"), var("a"))))).isEqualTo("fun a -> (fun b -> a)");
    assertThat(Printer.print(bin("+", let("x", i(1), var("x")), i(2)))).isEqualTo("(let x = 1 in x) + 2");
  }

  @Test
  void testsPrintTheirSplittingOperator() {
    assertThat(Printer.print(new TestCode(bin("==", i(1), i(1)), bin("==", i(2), i(2)), false)))
        .isEqualTo("1 == 1 <> (2 == 2)");
  }
}
