package umbra.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A build that skipped the editor ({@code -Dskip.web}) still starts, and its page says so. */
class EditorRoutesTest {
  @Test
  void withoutTheBundleThePageSaysTheEditorWasNotBuilt() throws Exception {
    Javalin server = Javalin.create(config -> new EditorRoutes(8000, "/umbra/no-such-bundle/").register(config.routes)).start(0);
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("The editor was not built").contains("-Dskip.web");
      HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/editor/editor.js")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(script.statusCode()).isEqualTo(404);
    } finally {
      server.stop();
    }
  }
}
