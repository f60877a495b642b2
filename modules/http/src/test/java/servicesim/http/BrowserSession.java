package servicesim.http;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven through Selenium, with a fresh
 * profile, a download folder, explicit waits, screenshots under {@code target/screenshots/}, and the browser's console
 * log, which every test reads to fail on any error the page logged.
 */
final class BrowserSession implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final String CHROMIUM = System.getProperty("servicesim.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("servicesim.chromedriver", "/usr/bin/chromedriver");

  final ChromeDriver driver;
  final Path downloads;
  private final Path profile;
  private final ChromeDriverService service;
  private final List<String> consoleErrors = new ArrayList<>();

  BrowserSession() throws IOException {
    profile = Files.createTempDirectory("ui-chromium-profile-");
    downloads = Files.createTempDirectory("ui-chromium-downloads-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1280,800", "--lang=en-GB");
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    viewport(1280, 800);
  }

  /** Sizes the window so that the page itself (what screenshots show) is width x height. */
  void viewport(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    long innerWidth = ((Number) js("return window.innerWidth")).longValue();
    long innerHeight = ((Number) js("return window.innerHeight")).longValue();
    driver.manage().window().setSize(new Dimension((int) (2 * width - innerWidth), (int) (2 * height - innerHeight)));
  }

  static boolean available() {
    return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
  }

  <T> T await(Duration timeout, String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
        .ignoring(StaleElementReferenceException.class)
        .withMessage(what)
        .until(condition);
  }

  <T> T await(String what, Function<WebDriver, T> condition) {
    return await(Duration.ofSeconds(20), what, condition);
  }

  WebElement visible(String css) {
    return await("visible: " + css, d -> {
      List<WebElement> found = d.findElements(By.cssSelector(css));
      return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    });
  }

  WebElement enabled(String css) {
    return await("enabled: " + css, d -> {
      List<WebElement> found = d.findElements(By.cssSelector(css));
      return found.isEmpty() || !found.get(0).isDisplayed() || !found.get(0).isEnabled() ? null : found.get(0);
    });
  }

  void click(String css) {
    WebElement e = enabled(css);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Signs in through the sign-in form, as a person would, and waits for the role's view. */
  void signIn(String base, String token, String role) {
    driver.get(base + "/");
    WebElement input = visible("form.signin input[name=token]");
    input.sendKeys(token);
    click("form.signin button[type=submit]");
    await("signed in as " + role, d -> d.getCurrentUrl().contains("#/" + role));
  }

  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path target = SCREENSHOTS.resolve(name + ".png");
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /** Console entries at level SEVERE since the last call (errors, uncaught exceptions, failed loads). */
  List<String> consoleErrors() {
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) consoleErrors.add(e.getMessage());
    }
    return List.copyOf(consoleErrors);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteQuietly(profile);
      deleteQuietly(downloads);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }
}
