package umbra.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.app.RunningApp;
import umbra.dto.api.AddOpsRequest;
import umbra.dto.api.AnalysisDtos;
import umbra.dto.api.CanvasDto;
import umbra.dto.api.CanvasList;
import umbra.dto.api.CheckDtos;
import umbra.dto.api.ErrorResponse;
import umbra.dto.api.ExecutionDtos;
import umbra.dto.api.ExprDto;
import umbra.dto.api.FnNameDto;
import umbra.dto.api.HandlerSpecDto;
import umbra.dto.api.HealthResponse;
import umbra.dto.api.OpDto;
import umbra.dto.api.PatternDto;
import umbra.dto.api.ReferenceDtos;
import umbra.dto.api.SecretNames;
import umbra.dto.api.SecretRequest;
import umbra.dto.api.SecretValueRequest;
import umbra.dto.api.SettingsDtos;
import umbra.dto.api.SourceDtos;
import umbra.dto.api.ToplevelDto;
import umbra.dto.api.ToplevelsDto;
import umbra.dto.api.TraceDtos;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.TestDatabase;

/**
 * The OpenAPI document is written by hand, so it is checked against what it describes: the
 * routes the running server registered, and the fields of the wire records.
 */
@ExtendWith(TestDatabase.class)
class OpenApiTest {
  private static RunningApp app;
  private static JsonNode doc;

  @BeforeAll
  static void start(DatabaseConfig config) throws IOException {
    app = new RunningApp(config);
    doc = new JsonMapper().readTree(ServiceRoutes.resource(ServiceRoutes.OPENAPI_RESOURCE));
  }

  @AfterAll
  static void stop() { app.close(); }

  @Test
  void itIsServedAsJson() {
    var r = app.get("/api/openapi.json", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("openapi").asText()).startsWith("3.");
  }

  @Test
  void itListsExactlyTheRoutesTheServerHas() {
    Set<String> documented = new TreeSet<>();
    doc.path("paths").properties().forEach(path -> path.getValue().properties()
        .forEach(op -> documented.add(op.getKey().toUpperCase() + " " + path.getKey())));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(app.app().api().routes());
  }

  @Test
  void everyTaggedWireTypeHasASchemaPerCaseWithItsFields() {
    for (Class<?> union : List.of(ExprDto.class, PatternDto.class, FnNameDto.class, HandlerSpecDto.class,
        ToplevelDto.class, OpDto.class)) {
      String name = union.getSimpleName().replace("Dto", "");
      JsonNode mapping = schema(name).path("discriminator").path("mapping");
      JsonSubTypes.Type[] cases = union.getAnnotation(JsonSubTypes.class).value();
      assertThat(names(mapping)).as(name).containsExactlyInAnyOrderElementsOf(
          Arrays.stream(cases).map(JsonSubTypes.Type::name).toList());
      for (JsonSubTypes.Type c : cases) {
        String tag = schema(name).path("discriminator").path("propertyName").asText();
        List<String> fields = new ArrayList<>(components(c.value()));
        fields.add(tag);
        assertThat(names(schema(name + "." + c.name()).path("properties"))).as(name + "." + c.name())
            .containsExactlyInAnyOrderElementsOf(fields);
      }
    }
  }

  @Test
  void everyRequestAndResponseRecordHasItsFields() {
    Map<String, Class<?>> records = Map.of("Canvas", CanvasDto.class, "CanvasList", CanvasList.class,
        "AddOpsRequest", AddOpsRequest.class, "Toplevels", ToplevelsDto.class, "SecretRequest", SecretRequest.class,
        "SecretNames", SecretNames.class, "Health", HealthResponse.class, "Error", ErrorResponse.class,
        "Position", ToplevelDto.Position.class, "HandlerSpecIds", HandlerSpecDto.Ids.class);
    Map<String, Class<?>> settings = Map.of("Settings", SettingsDtos.Settings.class, "CorsRequest", SettingsDtos.CorsRequest.class,
        "DomainRequest", SettingsDtos.DomainRequest.class, "SamplingRequest", SettingsDtos.SamplingRequest.class);
    Map<String, Class<?>> traceLoop = Map.of("Outcome", TraceDtos.Outcome.class, "ReplayRequest", ExecutionDtos.ReplayRequest.class,
        "PlayRequest", ExecutionDtos.PlayRequest.class, "Executed", ExecutionDtos.Executed.class,
        "AnalysisRequest", AnalysisDtos.AnalysisRequest.class, "Analysis", AnalysisDtos.Analysis.class,
        "TraceData", TraceDtos.TraceData.class, "CheckRequest", CheckDtos.CheckRequest.class,
        "CheckResult", CheckDtos.CheckResult.class);
    Map<String, Class<?>> docs = Map.of("Reference", ReferenceDtos.Reference.class);
    Map<String, Class<?>> secrets = Map.of("SecretValueRequest", SecretValueRequest.class);
    Map<String, Class<?>> sources = Map.of("Source", SourceDtos.Source.class, "SourceRequest", SourceDtos.SourceRequest.class,
        "Saved", SourceDtos.Saved.class, "ExprAt", SourceDtos.ExprAt.class);
    for (Map<String, Class<?>> m : List.of(records, settings, traceLoop, docs, secrets, sources)) {
      m.forEach((name, type) ->
          assertThat(names(schema(name).path("properties"))).as(name).containsExactlyInAnyOrderElementsOf(components(type)));
    }
  }

  private static JsonNode schema(String name) {
    JsonNode s = doc.path("components").path("schemas").path(name);
    assertThat(s.isMissingNode()).as("schema " + name).isFalse();
    return s;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
  }
}
