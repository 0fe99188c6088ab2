package umbra.domain.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.testing.Property;

/**
 * The formatter: parse(format(ast)) == ast up to ids, at any width (narrow widths break nearly
 * everything, so every layout rule meets every other); and formatting is stable.
 */
class PrinterFormatTest {

  private record Case(Expr expr, int width) {}

  @Test
  void formattedExpressionsParseBackToTheSameTree() {
    Property.forAll(4000, r -> new Case(ExprGenerator.expr(r, 1 + r.nextInt(5)), 1 + r.nextInt(100)), c -> {
      String text = Printer.format(c.expr(), c.width());
      Parsed<Expr> parsed = Parser.parseExpr(text);
      assertThat(parsed).as(text).isInstanceOf(Parsed.Ok.class);
      assertThat(Ids.zeroed(parsed.orElseThrow())).as(text).isEqualTo(Ids.zeroed(c.expr()));
    });
  }

  /** Real code: every body of Dark's execution tests, formatted narrow and wide, reads back the same. */
  @Test
  void everyConformanceBodyFormatsAndReadsBack() throws IOException {
    Path dir = Path.of(System.getProperty("conformance.dir", "../../shared/conformance"), "execution");
    assumeTrue(Files.isDirectory(dir), "conformance suites skipped: no suite at " + dir.toAbsolutePath().normalize());
    List<String> failures = new ArrayList<>();
    int formatted = 0;
    try (var files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tests")).sorted().toList()) {
        for (ConformanceBodies.Body body : ConformanceBodies.read(file.getFileName().toString(), Files.readString(file))) {
          if (!(Parser.parseExpr(body.code()) instanceof Parsed.Ok<Expr> ok)) continue;
          formatted++;
          for (int width : new int[] {30, Printer.WIDTH}) {
            String text = Printer.format(ok.value(), width);
            Parsed<Expr> again = Parser.parseExpr(text);
            if (!(again instanceof Parsed.Ok<Expr> back) || !Ids.zeroed(back.value()).equals(Ids.zeroed(ok.value()))) {
              failures.add(body.file() + ":" + body.line() + "\n" + text);
            }
          }
        }
      }
    }
    assertThat(formatted).isGreaterThan(1000);
    assertThat(failures).isEmpty();
  }

  @Test
  void formattingAFormattedTextGivesItBack() {
    Property.forAll(1000, r -> new Case(ExprGenerator.expr(r, 4), 20 + r.nextInt(80)), c -> {
      String text = Printer.format(c.expr(), c.width());
      assertThat(Printer.format(Parser.parseExpr(text).orElseThrow(), c.width())).isEqualTo(text);
    });
  }

  @Test
  void whatFitsStaysOnOneLineUnlessItHoldsALetOrAMatch() {
    Property.forAll(1000, ExprGenerator.exprs(3), e -> {
      String line = Printer.print(e);
      if (line.length() <= Printer.WIDTH && !statement(e)) assertThat(Printer.format(e)).isEqualTo(line);
    });
  }

  /** What starts a line and breaks even when short: lets, matches, pipes of several steps. */
  private static boolean statement(Expr e) {
    return switch (e) {
      case Expr.ELet l -> true;
      case Expr.EMatch m -> true;
      case Expr.EPipe p -> p.steps().size() > 1;
      case Expr.EIf i -> statement(i.thenExpr()) || statement(i.elseExpr());
      case Expr.ELambda l -> statement(l.body());
      default -> false;
    };
  }

  private static String format(String code) {
    return Printer.format(Parser.parseExpr(code).orElseThrow());
  }

  @Test
  void letsGoOneBindingPerLineAboveTheirBody() {
    assertThat(format("let name = request.body.name in let greeting = \"hello \" ++ name in Http.response greeting 200"))
        .isEqualTo("""
            let name = request.body.name in
            let greeting = "hello " ++ name in
            Http.response greeting 200""");
    assertThat(format("let x = (let y = List.head_v1 [1; 2; 3] in Option.withDefault y 0) in x"))
        .isEqualTo("""
            let x =
              let y = List.head_v1 [1; 2; 3] in
              Option.withDefault y 0
            in
            x""");
  }

  @Test
  void matchCasesGoOnePerLineAndNestedMatchesNeedNoParentheses() {
    assertThat(format("match List.head xs with | Just x -> x + 1 | Nothing -> 0")).isEqualTo("""
        match List.head xs with
        | Just x -> x + 1
        | Nothing -> 0""");
    assertThat(format("match x with | Just y -> (match y with | 1 -> \"one\" | _ -> \"other\") | Nothing -> let z = 2 in z"))
        .isEqualTo("""
            match x with
            | Just y ->
                match y with
                | 1 -> "one"
                | _ -> "other"
            | Nothing ->
                let z = 2 in
                z""");
  }

  @Test
  void pipesOfSeveralStepsGoOneStepPerLine() {
    assertThat(format("request.body |> Json.parse |> Result.withDefault {}")).isEqualTo("""
        request.body
        |> Json.parse
        |> Result.withDefault {}""");
    assertThat(format("request.body |> Json.parse")).isEqualTo("request.body |> Json.parse");
  }

  @Test
  void longIfsRecordsListsAndOperatorChainsBreak() {
    assertThat(format("if String.isEmpty request.body.name then Http.response \"a name is missing from the body of "
        + "this request\" 400 else if x then 1 else Http.response \"ok\" 200")).isEqualTo("""
            if String.isEmpty request.body.name then
              Http.response "a name is missing from the body of this request" 400
            else if x then
              1
            else
              Http.response "ok" 200""");
    assertThat(format("DB.set_v1 { name = request.body.name; url = request.body.url; createdAt = Date.now; "
        + "visits = 0; owner = user.name } key Links")).isEqualTo("""
            DB.set_v1
              { name = request.body.name
                url = request.body.url
                createdAt = Date.now
                visits = 0
                owner = user.name }
              key
              Links""");
    assertThat(format("List.map xs (fun link -> { short = link.short; url = link.url; visits = link.visits; "
        + "createdAt = link.createdAt; owner = link.owner })")).isEqualTo("""
            List.map xs (fun link ->
              { short = link.short
                url = link.url
                visits = link.visits
                createdAt = link.createdAt
                owner = link.owner })""");
    assertThat(format("[\"a long string number one\"; \"a long string number two\"; \"a long string number three\"; "
        + "\"a long string number four\"]")).isEqualTo("""
            [ "a long string number one"
              "a long string number two"
              "a long string number three"
              "a long string number four" ]""");
    assertThat(format("\"<html lang='en'><head><title>\" ++ title ++ \"</title></head><body>\" ++ body ++ \"</body></html>\" "
        + "++ pageFooter")).isEqualTo("""
            "<html lang='en'><head><title>"
            ++ title
            ++ "</title></head><body>"
            ++ body
            ++ "</body></html>"
            ++ pageFooter""");
  }

  @Test
  void shortCodeStaysOnOneLine() {
    assertThat(format("List.map xs (fun x -> x + 1)")).isEqualTo("List.map xs (fun x -> x + 1)");
    assertThat(format("if x > 1 then \"big\" else \"small\"")).isEqualTo("if x > 1 then \"big\" else \"small\"");
    assertThat(format("{ a = 1; b = [1; 2] }")).isEqualTo("{ a = 1; b = [1; 2] }");
  }
}
