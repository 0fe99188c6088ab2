package umbra.domain.testfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import umbra.domain.syntax.Expr;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.ErrorSource;
import umbra.domain.value.Symtable;

/** test-format.md 1.4 steps 7-9. */
class TestComparisonTest {

  private static boolean eq(Dval a, Dval b) { return TestComparison.equal(a, b); }

  @Test
  void floatsAreEqualWithinExpectosVeryHighAccuracy() {
    assertThat(eq(new DFloat(17.0 / 3.3), new DFloat(5.151515152))).isTrue();
    assertThat(eq(new DFloat(5.1515151), new DFloat(5.151515152))).isFalse();
    assertThat(eq(new DFloat(0.0), new DFloat(1e-13))).isTrue();
  }

  @Test
  void nanEqualsNanAndInfinitiesOnlyThemselves() {
    assertThat(eq(new DFloat(Double.NaN), new DFloat(Double.NaN))).isTrue();
    assertThat(eq(new DFloat(Double.POSITIVE_INFINITY), new DFloat(Double.POSITIVE_INFINITY))).isTrue();
    assertThat(eq(new DFloat(Double.POSITIVE_INFINITY), new DFloat(Double.NEGATIVE_INFINITY))).isFalse();
    assertThat(eq(new DFloat(Double.POSITIVE_INFINITY), new DFloat(1e300))).isFalse();
    assertThat(eq(new DFloat(Double.NaN), new DFloat(1.0))).isFalse();
  }

  @Test
  void errorsCompareMessagesWithoutV0AndIgnoreTheirSource() {
    var a = new DError(new ErrorSource.At(1, 2), "Int::add_v0 was called with a Str");
    assertThat(eq(a, Dval.error("Int::add was called with a Str"))).isTrue();
    assertThat(eq(a, Dval.error("Int::add was called with a Float"))).isFalse();
  }

  @Test
  void blanksAreAlwaysEqualToBlanks() {
    assertThat(eq(new DIncomplete(new ErrorSource.At(3, 4)), Dval.INCOMPLETE)).isTrue();
    assertThat(eq(Dval.INCOMPLETE, Dval.NULL)).isFalse();
  }

  @Test
  void datesCompareToTheSecond() {
    var t = LocalDateTime.of(2019, 7, 28, 22, 42, 37);
    assertThat(eq(new DDate(t.plusNanos(500_000)), new DDate(t))).isTrue();
    assertThat(eq(new DDate(t.plusSeconds(1)), new DDate(t))).isFalse();
  }

  @Test
  void collectionsCompareRecursively() {
    var nan = new DFloat(Double.NaN);
    assertThat(eq(new DList(List.of(nan)), new DList(List.of(nan)))).isTrue();
    assertThat(eq(new DList(List.of(nan)), new DList(List.of(nan, nan)))).isFalse();
    assertThat(eq(new DTuple(nan, nan, List.of(nan)), new DTuple(nan, nan, List.of(nan)))).isTrue();
    assertThat(eq(DObj.of(Map.of("a", nan)), DObj.of(Map.of("a", nan)))).isTrue();
    assertThat(eq(DObj.of(Map.of("a", nan)), DObj.of(Map.of("b", nan)))).isFalse();
    assertThat(eq(new DJust(nan), new DJust(nan))).isTrue();
    assertThat(eq(new DOk(nan), new DErr(nan))).isFalse();
    assertThat(eq(new DErrorRail(Dval.NOTHING), new DErrorRail(Dval.NOTHING))).isTrue();
  }

  @Test
  void differentVariantsAndIntsAreExact() {
    assertThat(eq(new DInt(5), new DFloat(5.0))).isFalse();
    assertThat(eq(Dval.NULL, Dval.NOTHING)).isFalse();
    assertThat(eq(new DInt(5), new DInt(5))).isTrue();
  }

  @Test
  void lambdasIgnoreExpressionIdsButNotNamesOrCapturedValues() {
    Expr body1 = new Expr.EVariable(10, "x");
    Expr body2 = new Expr.EVariable(20, "x");
    var env = Symtable.empty().bind("y", new DInt(1));
    var a = new DLambda(List.of(new Expr.LambdaParam(1, "x")), env, body1);
    var b = new DLambda(List.of(new Expr.LambdaParam(2, "x")), env, body2);
    assertThat(eq(a, b)).isTrue();
    assertThat(eq(a, new DLambda(List.of(new Expr.LambdaParam(1, "z")), env, body1))).isFalse();
    assertThat(eq(a, new DLambda(a.params(), Symtable.empty(), body1))).isFalse();
    assertThat(eq(a, new DLambda(a.params(), env, new Expr.EVariable(10, "y")))).isFalse();
  }

  @Test
  void notEqualIsExact() {
    assertThat(TestComparison.differ(new DFloat(1.0), new DFloat(1.0 + 1e-15))).isTrue();
    assertThat(TestComparison.differ(new DInt(1), new DInt(1))).isFalse();
  }

  @Test
  void topLevelErrorsAndBlanksLoseTheirSource() {
    assertThat(TestComparison.normalize(new DError(new ErrorSource.At(1, 2), "m"))).isEqualTo(Dval.error("m"));
    assertThat(TestComparison.normalize(new DIncomplete(new ErrorSource.At(1, 2)))).isEqualTo(Dval.INCOMPLETE);
    var inner = new DList(List.of(new DError(new ErrorSource.At(1, 2), "m")));
    assertThat(TestComparison.normalize(inner)).isEqualTo(inner);
  }

  @Test
  void canonicalValuesHaveNfcStringsAndSingleGraphemeChars() {
    assertThat(TestComparison.nonCanonical(new DStr("é"))).isEmpty();
    assertThat(TestComparison.nonCanonical(new DList(List.of(new DStr("e\u0301"))))).isPresent();
    assertThat(TestComparison.nonCanonical(new DChar("👨‍❤️‍💋‍👨"))).isEmpty();
    assertThat(TestComparison.nonCanonical(new DJust(new DChar("ab")))).isPresent();
    assertThat(TestComparison.nonCanonical(new DResponse(200, List.of(new Header("k", "e\u0301")), Dval.NULL))).isPresent();
    assertThat(TestComparison.nonCanonical(DObj.of(Map.of("k", new DErrorRail(new DStr("e\u0301")))))).isPresent();
  }
}
