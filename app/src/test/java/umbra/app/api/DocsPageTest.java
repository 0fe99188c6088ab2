package umbra.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import umbra.domain.stdlib.StdLib;
import umbra.dto.api.ApiJson;

/** {@code /docs} and {@code /docs.json} on the editor API, without a caller and without a database. */
class DocsPageTest {
  private static ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    var none = new ApiServer.Operations(null, null, null, null, null, null, null, null, null, null, null, null, null);
    server = new ApiServer(new ApiServer.Settings(0, ApiServer.Settings.DEFAULT_MAX_REQUEST_BYTES), none).start();
  }

  @AfterAll
  static void stop() { server.close(); }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePageListsEveryBuiltin() throws Exception {
    var r = get("/docs");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    for (var name : StdLib.registry().all().keySet()) {
      assertThat(r.body()).contains("<span class=\"name\">" + ReferencePage.escape(name.toString()) + "</span>");
    }
    assertThat(r.body()).contains("<section id=\"DB\">").contains("<input id=\"q\"").contains("<script>");
  }

  @Test
  void theJsonHasEveryBuiltinWithItsSignature() throws Exception {
    var r = get("/docs.json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode functions = ApiJson.mapper().readTree(r.body()).path("functions");
    assertThat(functions.size()).isEqualTo(StdLib.registry().all().size());
    JsonNode add = null;
    for (JsonNode f : functions) if (f.path("name").asText().equals("Int::add")) add = f;
    assertThat(add).isNotNull();
    assertThat(add.path("written").asText()).isEqualTo("Int.add");
    assertThat(add.path("params").get(1).path("type").asText()).isEqualTo("Int");
    assertThat(add.path("purity").asText()).isEqualTo("pure");
    assertThat(add.path("deprecation").isNull()).isTrue();
  }
}
