package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code umbra test hello.dark}: a canvas file's own [test] sections, with its functions and datastores. */
class CanvasTestsTest {
  @TempDir Path dir;

  private static final String CANVAS = """
      [db Links {"url": "Str", "hits": "Int"}]

      [fn shorten url:Str -> Str]
      String.slice url 0 5

      [http-handler GET /links/:key]
      DB.get_v2 key Links

      [test shortens]
      shorten "https://example.com" = "https"

      [test a truth]
      String.length_v1 (shorten "abcdefgh") < 6

      [test stores and reads back]
      let _ = DB.set_v1 {url = "u"; hits = 1} "k" Links
      DB.get_v2 "k" Links = Just {url = "u"; hits = 1}

      [test wrong on purpose]
      shorten "ab" == "abc"
      """;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void aCanvasFilesTestsRunWithItsFunctionsAndAThrowawayDatastore() throws IOException {
    Path file = dir.resolve("links.dark");
    Files.writeString(file, CANVAS);
    assertThat(run("test", file.toString())).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).containsExactly(file + ":19: wrong on purpose: expected true, got false", "3 passed, 1 failed");
  }

  @Test
  void aFileWithoutTheExtensionIsRecognisedByItsHeaders() throws IOException {
    Path file = dir.resolve("hello.txt");
    Files.writeString(file, "// my canvas\n[fn inc x:Int -> Int]\nx + 1\n\n[test one]\ninc 0 = 1\n");
    assertThat(run("test", file.toString())).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("1 passed, 0 failed");
  }

  @Test
  void aCanvasFileThatDoesNotParseSaysWhere() throws IOException {
    Path file = dir.resolve("broken.dark");
    Files.writeString(file, "[test t]\n1 +\n");
    assertThat(run("test", file.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("umbra test: " + file + ":2:");
  }
}
