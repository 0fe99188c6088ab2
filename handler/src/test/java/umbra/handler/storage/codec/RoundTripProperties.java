package umbra.handler.storage.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.Pattern;

/** decode(encode(x)) == x through real CBOR bytes, for every stored type. */
class RoundTripProperties {
  private final StorageCodec codec = new StorageCodec();

  @Provide Arbitrary<Expr> exprs() { return AstArbitraries.exprs(4); }
  @Provide Arbitrary<Pattern> patterns() { return AstArbitraries.patterns(3); }
  @Provide Arbitrary<DType> types() { return AstArbitraries.types(3); }
  @Provide Arbitrary<FnName> fnNames() { return AstArbitraries.fnNames(); }
  @Provide Arbitrary<Op> ops() { return AstArbitraries.ops(); }
  @Provide Arbitrary<List<Op>> oplists() { return AstArbitraries.ops().list().ofMaxSize(6); }
  @Provide Arbitrary<Toplevel> toplevels() { return AstArbitraries.toplevels(); }

  @Property
  void exprsRoundTrip(@ForAll("exprs") Expr e) {
    byte[] bytes = codec.encodeValue(ExprV1.of(e));
    assertThat(codec.decodeValue(bytes, ExprV1.class).toDomain()).isEqualTo(e);
  }

  @Property
  void patternsRoundTrip(@ForAll("patterns") Pattern p) {
    byte[] bytes = codec.encodeValue(PatternV1.of(p));
    assertThat(codec.decodeValue(bytes, PatternV1.class).toDomain()).isEqualTo(p);
  }

  @Property
  void typesRoundTrip(@ForAll("types") DType t) {
    byte[] bytes = codec.encodeValue(DTypeV1.of(t));
    assertThat(codec.decodeValue(bytes, DTypeV1.class).toDomain()).isEqualTo(t);
  }

  @Property
  void fnNamesRoundTrip(@ForAll("fnNames") FnName n) {
    byte[] bytes = codec.encodeValue(FnNameV1.of(n));
    assertThat(codec.decodeValue(bytes, FnNameV1.class).toDomain()).isEqualTo(n);
  }

  @Property
  void opsRoundTrip(@ForAll("ops") Op op) {
    assertThat(codec.decodeOplist(codec.encodeOplist(op.tlid(), List.of(op)))).containsExactly(op);
  }

  @Property(tries = 200)
  void oplistsRoundTrip(@ForAll("oplists") List<Op> ops) {
    assertThat(codec.decodeOplist(codec.encodeOplist(1, ops))).isEqualTo(ops);
  }

  @Property
  void toplevelsRoundTrip(@ForAll("toplevels") Toplevel tl) {
    assertThat(codec.decodeToplevel(codec.encodeToplevel(tl))).isEqualTo(tl);
  }
}
