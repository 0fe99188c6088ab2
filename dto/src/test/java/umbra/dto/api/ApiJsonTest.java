package umbra.dto.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The wire shapes, pinned by samples: a change here is a change every client sees. */
class ApiJsonTest {
  private final JsonMapper json = ApiJson.mapper();

  private static final String ADD_OPS = """
      {"ops":[{"op":"TLSavepoint","tlid":7},\
      {"op":"SetHandler","tlid":7,"pos":{"x":10,"y":20},"handler":{"kind":"handler","tlid":7,"pos":{"x":10,"y":20},\
      "spec":{"type":"HTTP","route":"/users/:id","method":"GET","ids":{"moduleId":1,"nameId":2,"modifierId":3}},\
      "ast":{"expr":"EFnCall","id":8,"name":{"fn":"Stdlib","module":"Int","function":"add","version":0},\
      "args":[{"expr":"EInteger","id":9,"value":1},{"expr":"EVariable","id":10,"name":"id"}],"rail":false}}},\
      {"op":"SetFunction","fn":{"kind":"function","tlid":11,"name":"f","nameId":12,"parameters":\
      [{"name":"a","nameId":13,"type":null,"typeId":14,"description":""}],"returnType":"List<Int>","returnTypeId":15,\
      "description":"","infix":false,"body":{"expr":"EMatch","id":16,"scrutinee":{"expr":"EVariable","id":17,"name":"a"},\
      "cases":[{"pattern":{"pattern":"MPConstructor","id":18,"name":"Just","args":[{"pattern":"MPVariable","id":19,"name":"x"}]},\
      "body":{"expr":"EList","id":20,"items":[]}}]}}}],\
      "opCtr":3,"clientId":null,"expectedVersion":null}""";

  @Test
  void anAddOpsRequestReadsAndWritesBackTheSameJson() throws JacksonException {
    AddOpsRequest request = json.readValue(ADD_OPS, AddOpsRequest.class);
    assertThat(request.ops()).hasSize(3);
    assertThat(request.ops().get(0)).isEqualTo(new OpDto.TLSavepoint(7));
    assertThat(request.opCtr()).contains(3L);
    assertThat(request.clientId()).isEmpty();
    OpDto.SetHandler set = (OpDto.SetHandler) request.ops().get(1);
    assertThat(set.handler().spec()).isEqualTo(new HandlerSpecDto.Http("/users/:id", "GET", new HandlerSpecDto.Ids(1, 2, 3)));
    assertThat(json.writeValueAsString(request)).isEqualTo(ADD_OPS);
  }

  @Test
  void everyFieldIsRequiredAndOnlyOptionalOnesMayBeNull() {
    assertThatThrownBy(() -> json.readValue("{\"ops\":[],\"opCtr\":null}", AddOpsRequest.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("clientId");
    assertThatThrownBy(() -> json.readValue("{\"op\":\"RenameDBname\",\"tlid\":1,\"name\":null}", OpDto.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> json.readValue("{\"ops\":[null],\"opCtr\":null,\"clientId\":null}", AddOpsRequest.class))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> json.readValue("{\"op\":\"DeleteTL\"}", OpDto.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("tlid");
    assertThatThrownBy(() -> json.readValue("{\"op\":\"DeleteTL\",\"tlid\":1,\"tlidd\":2}", OpDto.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("tlidd");
    assertThatThrownBy(() -> json.readValue("{\"op\":\"Frobnicate\",\"tlid\":1}", OpDto.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("Frobnicate");
  }

  @Test
  void integersBeyondWhatJavaScriptHoldsTravelAsStrings() throws JacksonException {
    assertThat(json.writeValueAsString(new OpDto.DeleteTL(ApiJson.SAFE))).isEqualTo("{\"op\":\"DeleteTL\",\"tlid\":9007199254740991}");
    assertThat(json.writeValueAsString(new OpDto.DeleteTL(Long.MIN_VALUE)))
        .isEqualTo("{\"op\":\"DeleteTL\",\"tlid\":\"-9223372036854775808\"}");
    assertThat(json.readValue("{\"op\":\"DeleteTL\",\"tlid\":\"9223372036854775807\"}", OpDto.class))
        .isEqualTo(new OpDto.DeleteTL(Long.MAX_VALUE));
    assertThat(json.readValue("{\"op\":\"DeleteTL\",\"tlid\":9223372036854775807}", OpDto.class))
        .isEqualTo(new OpDto.DeleteTL(Long.MAX_VALUE));
  }

  @Test
  void instantsAreIsoStringsAndUuidsPlainStrings() throws JacksonException {
    var canvas = new CanvasDto("alice", "read-write", Instant.parse("2026-05-01T12:00:00Z"), List.of(), List.of(),
        List.of("API_KEY"), List.of(new CanvasDto.OpCounter(new UUID(0, 1), 4)), 3);
    String text = json.writeValueAsString(canvas);
    assertThat(text).isEqualTo("{\"name\":\"alice\",\"permission\":\"read-write\",\"createdAt\":\"2026-05-01T12:00:00Z\","
        + "\"toplevels\":[],\"deletedToplevels\":[],\"secrets\":[\"API_KEY\"],"
        + "\"opCounters\":[{\"clientId\":\"00000000-0000-0000-0000-000000000001\",\"counter\":4}],\"version\":3}");
    assertThat(json.readValue(text, CanvasDto.class)).isEqualTo(canvas);
  }

  @Test
  void blanksAreNulls() throws JacksonException {
    var db = new ToplevelDto.Db(1, new ToplevelDto.Position(0, 0), "Users", 1, 0,
        List.of(new ToplevelDto.Db.Column(Optional.of("name"), Optional.empty(), 2, 3)));
    String text = json.writeValueAsString(db);
    assertThat(text).contains("{\"name\":\"name\",\"type\":null,\"nameId\":2,\"typeId\":3}");
    assertThat(json.readValue(text, ToplevelDto.class)).isEqualTo(db);
  }

  @Test
  void errorsHaveOneShape() throws JacksonException {
    assertThat(json.writeValueAsString(ErrorResponse.of("forbidden", "no access")))
        .isEqualTo("{\"error\":{\"code\":\"forbidden\",\"message\":\"no access\"}}");
  }

  @Test
  void aSecretsValueNeverShowsInItsPrintedForm() {
    assertThat(new SecretRequest("API_KEY", "hunter2").toString()).contains("API_KEY").doesNotContain("hunter2");
    assertThat(new SecretValueRequest("hunter2").toString()).doesNotContain("hunter2");
  }
}
