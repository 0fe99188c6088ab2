package umbra.handler.api;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.testing.Property.forAll;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Toplevel;
import umbra.domain.canvas.text.TypeText;
import umbra.dto.api.AddOpsRequest;
import umbra.dto.api.ApiJson;
import umbra.dto.api.ExprDto;
import umbra.dto.api.OpDto;
import umbra.dto.api.ToplevelDto;
import umbra.handler.storage.codec.AstGen;
import umbra.testing.Gen;

/**
 * domain -> DTO -> JSON text -> DTO -> domain gives back the same value, ids and all, for every
 * expression, pattern, type, toplevel and op the storage generators reach.
 */
class WireRoundTripTest {
  private final JsonMapper json = ApiJson.mapper();

  private <T> T viaJson(T dto, Class<T> type) {
    try {
      return json.readValue(json.writeValueAsString(dto), type);
    } catch (JacksonException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void expressionsKeepEveryNodeAndId() {
    forAll(r -> AstGen.expr(r, 4), e -> assertThat(ExprWire.domain(viaJson(ExprWire.dto(e), ExprDto.class))).isEqualTo(e));
  }

  @Test
  void typesTravelAsTextAndComeBack() {
    forAll(2000, r -> AstGen.type(r, 3), t -> assertThat(TypeText.parse(TypeText.print(t))).as(TypeText.print(t)).contains(t));
  }

  @Test
  void toplevelsRoundTrip() {
    forAll(r -> AstGen.toplevel(r), tl ->
        assertThat(ToplevelWire.domain(viaJson(ToplevelWire.dto(tl), ToplevelDto.class))).isEqualTo(tl));
  }

  @Test
  void opsRoundTripInsideARequest() {
    forAll(300, r -> Gen.list(r, 0, 5, AstGen::op), ops -> {
      var request = new AddOpsRequest(ops.stream().map(OpWire::dto).toList(), Optional.of(3L), Optional.empty());
      List<Op> back = viaJson(request, AddOpsRequest.class).ops().stream().map(OpWire::domain).toList();
      assertThat(back).isEqualTo(ops);
    });
  }

  @Test
  void anImpossibleValueIsABadRequestNotACrash() throws JacksonException {
    var dto = json.readValue("{\"op\":\"SetFunction\",\"fn\":{\"kind\":\"function\",\"tlid\":1,\"name\":\"f\",\"nameId\":2,"
        + "\"parameters\":[],\"returnType\":\"List<\",\"returnTypeId\":3,\"description\":\"\",\"infix\":false,"
        + "\"body\":{\"expr\":\"EBlank\",\"id\":4}}}", OpDto.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpWire.domain(dto))
        .isInstanceOf(WireException.class).hasMessageContaining("List<");
  }

  @Test
  void aToplevelsKindIsItsTag() {
    var tl = AstGen.userType(new java.util.Random(1));
    assertThat(json.valueToTree(ToplevelWire.dto((Toplevel) tl)).get("kind").asText()).isEqualTo("type");
  }
}
