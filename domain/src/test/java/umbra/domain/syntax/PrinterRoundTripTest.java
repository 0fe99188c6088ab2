package umbra.domain.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import umbra.testing.Property;

/**
 * parse(print(ast)) == ast up to ids, for random trees using every Expr and Pattern variant
 * ({@link ExprGenerator} lists the trees the syntax cannot express, and why).
 */
class PrinterRoundTripTest {

  @Test
  void printedExpressionsParseBackToTheSameTree() {
    Property.forAll(3000, ExprGenerator.exprs(4), e -> {
      String text = Printer.print(e);
      Parsed<Expr> parsed = Parser.parseExpr(text);
      assertThat(parsed).as(text).isInstanceOf(Parsed.Ok.class);
      assertThat(Ids.zeroed(parsed.orElseThrow())).as(text).isEqualTo(Ids.zeroed(e));
    });
  }

  @Test
  void printedTestsSplitAtTheirOwnOperator() {
    Property.forAll(1000, random -> new TestCode(ExprGenerator.expr(random, 3), ExprGenerator.expr(random, 3),
        random.nextBoolean()), test -> {
      String text = Printer.print(test);
      TestCode parsed = Parser.parseTest(text).orElseThrow();
      assertThat(Ids.zeroed(parsed.actual())).as(text).isEqualTo(Ids.zeroed(test.actual()));
      assertThat(Ids.zeroed(parsed.expected())).as(text).isEqualTo(Ids.zeroed(test.expected()));
      assertThat(parsed.shouldEqual()).as(text).isEqualTo(test.shouldEqual());
    });
  }

  @Test
  void printedPatternsParseBackInsideAMatch() {
    Property.forAll(1000, random -> ExprGenerator.pattern(random, 3), p -> {
      String text = "match x with | " + Printer.print(p) + " -> 0";
      Expr.EMatch parsed = (Expr.EMatch) Parser.parseExpr(text).orElseThrow();
      assertThat(Ids.zeroed(parsed.cases().get(0).pattern())).as(text).isEqualTo(Ids.zeroed(p));
    });
  }
}
