package umbra.domain.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.ParseError;
import umbra.domain.syntax.Parsed;
import umbra.domain.syntax.SourcePosition;

/** What a read gives besides the canvas: where each expression is written, and the file's tests. */
class CanvasFileTest {
  private static final String TEXT = """
      [fn double x:Int -> Int]
      x * 2

      [test doubles]
      double 2 = 4

      [http-handler GET /n/:n]
      let m = String.toInt_v1 n
      match m with
      | Ok v -> double v
      | Error e -> e

      [test a truth]
      1 < 2

      // a comment
      """;

  private static CanvasFile read(String text) {
    return CanvasText.read(text, 1).orElseThrow();
  }

  private static SourcePosition at(CanvasFile f, long id) { return f.positions().get(id); }

  @Test
  void everyExpressionHasItsLineAndColumnInTheFile() {
    CanvasFile f = read(TEXT);
    Toplevel.UserFn fn = f.canvas().functions().live().values().iterator().next();
    Expr.EBinOp times = (Expr.EBinOp) fn.body();
    assertThat(at(f, fn.tlid())).isEqualTo(new SourcePosition(1, 1));
    assertThat(at(f, times.id())).isEqualTo(new SourcePosition(2, 3));
    assertThat(at(f, times.left().id())).isEqualTo(new SourcePosition(2, 1));
    assertThat(at(f, times.right().id())).isEqualTo(new SourcePosition(2, 5));

    Toplevel.Handler h = f.canvas().handlers().live().values().iterator().next();
    Expr.ELet let = (Expr.ELet) h.ast();
    Expr.EFnCall toInt = (Expr.EFnCall) let.rhs();
    Expr.EMatch match = (Expr.EMatch) let.body();
    Expr.EFnCall call = (Expr.EFnCall) match.cases().get(0).body();
    assertThat(at(f, h.tlid())).isEqualTo(new SourcePosition(7, 1));
    assertThat(at(f, let.id())).isEqualTo(new SourcePosition(8, 1));
    assertThat(at(f, toInt.id())).isEqualTo(new SourcePosition(8, 9));
    assertThat(at(f, toInt.args().get(0).id())).isEqualTo(new SourcePosition(8, 25));
    assertThat(at(f, match.id())).isEqualTo(new SourcePosition(9, 1));
    assertThat(at(f, call.id())).isEqualTo(new SourcePosition(10, 11));
    assertThat(at(f, call.args().get(0).id())).isEqualTo(new SourcePosition(10, 18));
    assertThat(at(f, match.cases().get(1).pattern().id())).isEqualTo(new SourcePosition(11, 3));
  }

  @Test
  void testSectionsAreReadButAreNoToplevels() {
    CanvasFile f = read(TEXT);
    assertThat(f.tests()).containsExactly(new CanvasTest("doubles", 4, "double 2 = 4"),
        new CanvasTest("a truth", 13, "1 < 2"));
    assertThat(f.canvas().live()).hasSize(2);
    assertThat(CanvasText.print(f.canvas())).doesNotContain("test");
  }

  @Test
  void testsTakeNoIdsSoAddingOneChangesNoToplevel() {
    String without = TEXT.replace("[test doubles]\ndouble 2 = 4\n", "");
    assertThat(read(without).canvas()).isEqualTo(read(TEXT).canvas());
  }

  @Test
  void aTestThatDoesNotParseNamesItsLine() {
    Parsed<CanvasFile> parsed = CanvasText.read("[fn f -> Int]\n1\n[test broken]\n1 +\n", 1);
    ParseError e = ((Parsed.Failed<CanvasFile>) parsed).error();
    assertThat(e.line()).isEqualTo(4);
    assertThat(CanvasText.read("[test]\ntrue\n", 1)).isInstanceOf(Parsed.Failed.class);
  }

  @Test
  void aTestsFilesHeadersAreNotCanvasHeaders() {
    assertThat(CanvasText.isSectionHeader("[test.foo]")).isFalse();
    assertThat(CanvasText.isSectionHeader("[test foo]")).isTrue();
    assertThat(List.of("[http-handler GET /]", "[fn f -> Int]")).allMatch(CanvasText::isSectionHeader);
  }
}
