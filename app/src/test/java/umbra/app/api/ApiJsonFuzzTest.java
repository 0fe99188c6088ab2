package umbra.app.api;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.dto.api.AddOpsRequest;
import umbra.dto.api.ApiJson;
import umbra.dto.api.SecretRequest;
import umbra.testing.Gen;
import umbra.testing.Property;

/**
 * Fuzzing (issue 13): request bodies with random edits are read by the API's mapper into a value
 * or a {@link JacksonException} (which {@code Requests.body} answers with a 400), never another
 * exception (which would be a 500), each within a time bound. A fixed seed.
 */
class ApiJsonFuzzTest {
  private static final Duration PER_CASE = Duration.ofSeconds(2);
  private static final JsonMapper JSON = ApiJson.mapper();

  static final List<String> OPS_BODIES = List.of(
      EditorApiTest.ops(EditorApiTest.setHandler(1, "/hello", 42)),
      EditorApiTest.ops(EditorApiTest.setHandler(7, "/a/:b", -3), EditorApiTest.setHandler(9, "/", 9007199254740993L)),
      "{\"ops\":[],\"opCtr\":\"12\",\"clientId\":\"0b8e3a5c-1d2f-4e6a-9b7c-8d9e0f1a2b3c\",\"expectedVersion\":3}");

  @Test
  void mutatedOpsRequestsAreReadOrRefusedAsJacksonErrors() {
    Property.forAll(20260513L, 800, r -> Gen.mutate(r, Gen.oneOf(r, OPS_BODIES)), body -> readOrRefuse(body, AddOpsRequest.class));
  }

  @Test
  void mutatedSecretRequestsAreReadOrRefusedAsJacksonErrors() {
    Property.forAll(20260513L, 200, r -> Gen.mutate(r, "{\"name\":\"KEY\",\"value\":\"s3cr\\u00e9t\"}"),
        body -> readOrRefuse(body, SecretRequest.class));
  }

  private static void readOrRefuse(String body, Class<?> type) {
    assertTimeoutPreemptively(PER_CASE, () -> {
      try {
        JSON.readValue(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
      } catch (JacksonException e) {
        // documented: a 400 naming the problem
      }
    });
  }
}
