package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import umbra.handler.storage.Database;
import umbra.handler.storage.TestDatabase;

/**
 * The editor in a real browser against the real app and PostgreSQL: what a user does with it,
 * step by step, checked by what the page shows and what the canvas then answers over HTTP.
 */
@ExtendWith(TestDatabase.class)
class EditorBrowserTest {
  @RegisterExtension static final Browser browser = new Browser();

  private static final String CANVAS = """
      [db Links {"url": "Str"}]

      [http-handler GET /hello]
      "hi"

      [http-handler GET /len/:name]
      let len = String.length_v1 name in
      len * 2

      [http-handler GET /short/:name]
      match String.length_v1 name with
      | 1 -> "one"
      | n -> n * 10

      [http-handler GET /save/:name]
      DB.set_v1 { url = "u" } name Links

      [worker welcome]
      1
      """;

  private static RunningApp app;
  private static Database db;
  @TempDir Path dir;

  @BeforeAll
  static void start(Database database, umbra.handler.storage.DatabaseConfig config) {
    db = database;
    app = new RunningApp(config);
  }

  @AfterAll
  static void stop() { if (app != null) app.close(); }

  @Test
  void signInOpenACanvasEditAHandlerAndItsNewResponseIsLive() throws IOException {
    String[] alice = pushed("editor");
    browser.open(app.base() + "/");
    ((JavascriptExecutor) browser.driver()).executeScript("localStorage.clear()");
    browser.driver().navigate().refresh();
    browser.step("sign-in");
    browser.shown("#token").sendKeys(alice[1], Keys.ENTER);
    browser.showing(".canvas-list", alice[0]).findElement(By.linkText(alice[0])).click();
    browser.showing("[data-test=toplevel]", "GET /hello").click();
    browser.showing(".cm-content", "\"hi\"");
    browser.step("handler-open");

    replaceText("[http-handler GET /hello]\n\"hello from the browser\"");
    save();
    browser.showing("[data-test=notice]", "Saved");
    browser.step("saved");
    assertThat(canvasGet(alice[0], "/hello")).startsWith("HTTP/1.1 200").endsWith("\"hello from the browser\"");

    // nothing unsaved is left to undo, so Ctrl-Z undoes the save on the server
    new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
    browser.showing("[data-test=notice]", "Undid the last save");
    browser.showing(".cm-content", "\"hi\"");
    assertThat(canvasGet(alice[0], "/hello")).endsWith("\"hi\"");
  }

  @Test
  void aRequestMadeWhileThePageIsOpenBecomesTheChosenTraceWithItsLiveValues() throws IOException {
    String[] bob = pushed("trace");
    openToplevel(bob, "GET /len/:name");
    browser.showing("[data-test=no-trace]", "curl");
    browser.showing("[data-test=connection]", "live");
    browser.step("no-trace-yet");

    assertThat(canvasGet(bob[0], "/len/abcd")).startsWith("HTTP/1.1 200");
    browser.showing("[data-test=result]", "8");
    browser.step("trace-arrived");
    assertThat(browser.all(".dot.chosen")).hasSize(1);
    List<String> lineValues = browser.all(".cm-live-value").stream().map(WebElement::getText).toList();
    assertThat(lineValues).as("the value at the end of each line").containsExactly("4", "8");

    clickInCode("len * 2", 1);
    browser.showing("[data-test=cursor-value]", "4");
    browser.step("value-under-cursor");
    String screenshot = System.getProperty("umbra.editor.screenshot");
    if (screenshot != null) Files.write(Path.of(screenshot), browser.screenshot());

    clickInCode("let len", 10);
    browser.shown("[data-test=play]").click();
    browser.await("the confirmation before playing", d -> d.switchTo().alert()).accept();
    browser.showing("[data-test=notice]", "Played String::length_v1: 4");
    browser.step("played");

    browser.driver().navigate().refresh();
    long text = millisUntilShown(".cm-line");
    long values = millisUntilShown(".cm-live-value");
    System.out.println("editor: a toplevel's text painted " + text + " ms after the page load began, its newest trace's live values "
        + values + " ms");
    assertThat(browser.all(".cm-live-value").stream().map(WebElement::getText).toList()).containsExactly("4", "8");
  }

  /**
   * Milliseconds from the start of the page load until an element matching the selector is shown,
   * as the page's own clock says (checked on every animation frame).
   */
  private static long millisUntilShown(String css) {
    Object ms = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const [css, done] = arguments;
        const look = () => document.querySelector(css) ? done(Math.round(performance.now())) : requestAnimationFrame(look);
        look();""", css);
    return ((Number) ms).longValue();
  }

  @Test
  void codeOnABranchNotTakenIsFaded() throws IOException {
    String[] erin = pushed("branch");
    openToplevel(erin, "GET /short/:name");
    assertThat(canvasGet(erin[0], "/short/abc")).startsWith("HTTP/1.1 200");
    browser.showing("[data-test=result]", "30");
    browser.step("branch-taken");
    List<String> faded = browser.all(".cm-not-executed").stream().map(WebElement::getText).toList();
    assertThat(faded).containsExactly("\"one\"");
  }

  @Test
  void thePanelsShowSecretNamesDatastoresAndWorkers() throws IOException {
    String[] frank = pushed("panels");
    assertThat(canvasGet(frank[0], "/save/ex")).startsWith("HTTP/1.1 200");
    openSignedIn(frank, "#/c/" + frank[0] + "/secrets");
    browser.shown("[data-test=secrets] input[placeholder=NAME]").sendKeys("API_KEY");
    browser.shown("[data-test=secrets] input[type=password]").sendKeys("s3cret", Keys.ENTER);
    browser.showing("[data-test=secrets] li", "API_KEY");
    assertThat(browser.driver().getPageSource()).doesNotContain("s3cret");
    browser.step("secret-set");

    browser.showing(".sidebar a", "Datastores").click();
    browser.showing("[data-test=datastores]", "Links");
    browser.showing("[data-test=datastores]", "1 rows, columns locked by its data");
    browser.step("datastores");

    browser.showing(".sidebar a", "Workers and crons").click();
    browser.showing("[data-test=workers] tr", "welcome").findElement(By.xpath(".//button[text()='Pause']")).click();
    browser.showing("[data-test=workers] tr", "paused");
    browser.step("worker-paused");
    assertThat(app.get("/api/v1/canvases/" + frank[0] + "/workers", frank[1]).json().path("workers").get(0).path("state").asText())
        .isEqualTo("pause");
  }

  @Test
  void a404BecomesAHandlerInOneClickHoldingThatRequestAsItsFirstTrace() throws IOException {
    String[] carol = pushed("notfound");
    openSignedIn(carol, "#/c/" + carol[0]);
    browser.showing("[data-test=connection]", "live");
    assertThat(canvasGet(carol[0], "/nowhere/yet")).startsWith("HTTP/1.1 404");
    browser.showing("[data-test=not-found]", "/nowhere/yet");
    browser.step("404-arrived");

    browser.showing("[data-test=not-found]", "/nowhere/yet").findElement(By.cssSelector("[data-test=create-handler]")).click();
    browser.showing(".toplevel-head h2", "GET /nowhere/yet");
    browser.showing(".cm-content", "[http-handler GET /nowhere/yet]");
    browser.showing("[data-test=trace]", "/nowhere/yet");
    browser.step("handler-created");
    assertThat(browser.all(".dot")).hasSize(1);
    assertThat(app.get("/api/v1/canvases/" + carol[0], carol[1]).text()).contains("/nowhere/yet");
  }

  @Test
  void aParseErrorIsShownAtItsLineAndNothingIsSaved() throws IOException {
    String[] dave = pushed("parse");
    openToplevel(dave, "GET /hello");
    replaceText("[http-handler GET /hello]\nlet x = 1 in\nx +");
    save();
    browser.showing("[data-test=text-error]", "line 3");
    browser.step("parse-error");
    WebElement marked = browser.shown(".cm-lintRange-error");
    List<WebElement> lines = browser.all(".cm-line");
    assertThat(lines.indexOf(marked.findElement(By.xpath("./ancestor::div[contains(@class,'cm-line')]")))).isEqualTo(2);
    assertThat(canvasGet(dave[0], "/hello")).endsWith("\"hi\"");
  }

  private String[] pushed(String prefix) throws IOException {
    String[] account = RunningApp.account(db, prefix);
    Path file = dir.resolve(account[0] + ".dark");
    Files.writeString(file, CANVAS);
    CliRun pushed = CliRun.umbra(app.env(account[1]), "push", account[0], file.toString());
    assertThat(pushed.code()).as(pushed.err()).isZero();
    return account;
  }

  /** Opens a page of the editor signed in with the account's token, which the editor keeps in the browser's storage. */
  private static void openSignedIn(String[] account, String hash) {
    browser.open(app.base() + "/");
    ((JavascriptExecutor) browser.driver()).executeScript("localStorage.setItem('umbra.token', arguments[0])", account[1]);
    browser.open(app.base() + "/" + hash);
    browser.driver().navigate().refresh();
  }

  private static void openToplevel(String[] account, String label) {
    openSignedIn(account, "#/c/" + account[0]);
    browser.showing("[data-test=toplevel]", label).click();
    browser.shown(".cm-content");
  }

  /**
   * Selects all the text of the editor and types the new one, as a user would. A new line keeps
   * the previous one's indentation, so these texts are not indented.
   */
  private static void replaceText(String text) {
    browser.shown(".cm-content").click();
    new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
        .sendKeys(text).perform();
  }

  private static void save() {
    new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
  }

  /** Puts the cursor in the line holding {@code text}, {@code offset} characters into it. */
  private static void clickInCode(String text, int offset) {
    WebElement line = browser.showing(".cm-line", text);
    line.click();
    new Actions(browser.driver()).sendKeys(Keys.HOME).perform();
    for (int i = 0; i < offset; i++) new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
  }

  private static String canvasGet(String canvas, String path) throws IOException {
    return RunningApp.canvasGet(app.app().httpPort(), canvas, path);
  }
}
