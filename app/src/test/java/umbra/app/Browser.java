package umbra.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's {@code chromium}, headless, driven by its {@code chromedriver} at fixed paths, so
 * Selenium never looks for or downloads a browser or driver. Without them the tests are skipped
 * with one line saying what to install, except under {@code CI=true}, where that fails the run.
 * Each {@link #step} keeps a screenshot; when a test fails they are written under
 * {@code target/browser-screenshots/<test>/}.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** How long the page may take to show what a step waits for (a trace arriving, a save answering). */
  private static final Duration WAIT = Duration.ofSeconds(15);

  private record Shot(String name, byte[] png) {}

  private ChromeDriver driver;
  private final List<Shot> shots = new ArrayList<>();

  @Override public void beforeAll(ExtensionContext context) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String missing = "no browser: the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + " (apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) throw new IllegalStateException("CI=true and " + missing);
      System.err.println("skipping the browser tests: " + missing);
      Assumptions.abort(missing);
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,800", "--force-device-scale-factor=1");
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @Override public void afterAll(ExtensionContext context) {
    if (driver != null) driver.quit();
  }

  @Override public void beforeEach(ExtensionContext context) {
    shots.clear();
  }

  @Override public void testFailed(ExtensionContext context, Throwable cause) {
    if (driver == null) return;
    step("failed");
    Path dir = Path.of("target", "browser-screenshots", context.getRequiredTestMethod().getName());
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < shots.size(); i++) {
        Files.write(dir.resolve(String.format("%02d-%s.png", i + 1, shots.get(i).name())), shots.get(i).png());
      }
      System.err.println("browser screenshots of " + context.getDisplayName() + " in " + dir.toAbsolutePath());
    } catch (IOException e) {
      System.err.println("could not write the browser screenshots: " + e.getMessage());
    }
  }

  WebDriver driver() { return driver; }

  /** Keeps a screenshot of the page as it is now, named for the step it shows. */
  void step(String name) {
    shots.add(new Shot(name.replaceAll("[^A-Za-z0-9-]+", "-"), driver.getScreenshotAs(OutputType.BYTES)));
  }

  /** The screenshot of the page as it is now. */
  byte[] screenshot() { return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES); }

  void open(String url) { driver.get(url); }

  /** Waits until the condition holds (not null, not false) and returns its value. */
  <T> T await(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).withMessage(what).until(condition);
  }

  /** The first element the selector finds once it is shown. */
  WebElement shown(String css) {
    return await(css + " shown", d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  /** Waits until an element's text contains the words. */
  WebElement showing(String css, String text) {
    return await(css + " showing '" + text + "'", d -> d.findElements(By.cssSelector(css)).stream()
        .filter(e -> e.getText().contains(text)).findFirst().orElse(null));
  }

  List<WebElement> all(String css) { return driver.findElements(By.cssSelector(css)); }
}
