package umbra.handler.storage.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.testing.Property.forAll;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Op;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.Pattern;
import umbra.testing.Gen;

/** decode(encode(x)) == x through real CBOR bytes, for every stored type. */
class RoundTripPropertiesTest {
  private final StorageCodec codec = new StorageCodec();

  @Test
  void exprsRoundTrip() {
    forAll(r -> AstGen.expr(r, 4), e ->
        assertThat(codec.decodeValue(codec.encodeValue(ExprV1.of(e)), ExprV1.class).toDomain()).isEqualTo(e));
  }

  @Test
  void patternsRoundTrip() {
    forAll(r -> AstGen.pattern(r, 3), p ->
        assertThat(codec.decodeValue(codec.encodeValue(PatternV1.of(p)), PatternV1.class).toDomain()).isEqualTo(p));
  }

  @Test
  void typesRoundTrip() {
    forAll(r -> AstGen.type(r, 3), t ->
        assertThat(codec.decodeValue(codec.encodeValue(DTypeV1.of(t)), DTypeV1.class).toDomain()).isEqualTo(t));
  }

  @Test
  void fnNamesRoundTrip() {
    forAll(AstGen::fnName, n ->
        assertThat(codec.decodeValue(codec.encodeValue(FnNameV1.of(n)), FnNameV1.class).toDomain()).isEqualTo(n));
  }

  @Test
  void opsRoundTrip() {
    forAll(AstGen::op, op -> assertThat(codec.decodeOplist(codec.encodeOplist(op.tlid(), List.of(op)))).containsExactly(op));
  }

  @Test
  void oplistsRoundTrip() {
    forAll(200, r -> Gen.list(r, 0, 6, AstGen::op), ops -> assertThat(codec.decodeOplist(codec.encodeOplist(1, ops))).isEqualTo(ops));
  }

  @Test
  void toplevelsRoundTrip() {
    forAll(AstGen::toplevel, tl -> assertThat(codec.decodeToplevel(codec.encodeToplevel(tl))).isEqualTo(tl));
  }

  /** A generator that missed a case would make the properties above prove less than they claim. */
  @Test
  void theGeneratorsReachEveryCase() {
    expectAllCases(Expr.class, r -> AstGen.expr(r, 2));
    expectAllCases(Pattern.class, r -> AstGen.pattern(r, 2));
    expectAllCases(DType.class, r -> AstGen.type(r, 2));
    expectAllCases(FnName.class, AstGen::fnName);
    expectAllCases(Op.class, AstGen::op);
    expectAllCases(umbra.domain.canvas.Toplevel.class, AstGen::toplevel);
    expectAllCases(umbra.domain.canvas.HandlerSpec.class, AstGen::spec);
  }

  private static <T> void expectAllCases(Class<T> union, Function<Random, T> gen) {
    Set<Class<?>> seen = new HashSet<>();
    var r = new Random(42);
    for (int i = 0; i < 2_000; i++) seen.add(gen.apply(r).getClass());
    assertThat(seen).as("cases of %s", union.getSimpleName()).containsExactlyInAnyOrder(union.getPermittedSubclasses());
  }
}
