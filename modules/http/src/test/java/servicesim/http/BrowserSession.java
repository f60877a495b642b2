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
import org.openqa.selenium.interactions.Pause;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
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

  /** Clicks what the selector finds; if the page redrew it in between, clicks what it finds then, as a person would. */
  void click(String css) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement e = enabled(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
        if (attempt == 3) throw redrawn;
      }
    }
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

  /** Taps an element with a finger (a touch pointer), as on a phone. */
  void tap(String css) {
    WebElement e = enabled(css);
    js("arguments[0].scrollIntoView({block: 'center'})", e);
    PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
    Sequence tap = new Sequence(finger, 0)
        .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(e), 0, 0))
        .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
        .addAction(new Pause(finger, Duration.ofMillis(60)))
        .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
    driver.perform(List.of(tap));
  }

  /**
   * What a person would see wrong on the page as it stands: anything past the right edge of the window (unless a
   * scrolling or clipping box holds it), and "NaN", "undefined", "null" or "[object Object]" in the visible text.
   */
  @SuppressWarnings("unchecked")
  List<String> layoutProblems() {
    return (List<String>) js("""
        const width = document.documentElement.clientWidth;
        const out = [];
        const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
          + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
        if (document.documentElement.scrollWidth > width + 1) {
          out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in ' + width);
        }
        const held = (el) => {
          for (let p = el; p && p !== document.body; p = p.parentElement) {
            if (getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= width + 1) return true;
          }
          return false;
        };
        for (const el of document.querySelectorAll('body *')) {
          if (!el.getClientRects().length) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.right <= width + 1 || held(el.parentElement)) continue;
          out.push(name(el) + ' ends at ' + Math.round(r.right) + ' px, past ' + width + ': '
            + (el.textContent || '').trim().slice(0, 60));
        }
        // text that does not wrap can run past its box
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent.trim() || !n.parentElement.getClientRects().length) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          const r = range.getBoundingClientRect();
          if (r.width === 0 || r.right <= width + 1 || held(n.parentElement)) continue;
          out.push('text in ' + name(n.parentElement) + ' ends at ' + Math.round(r.right) + ' px, past ' + width + ': '
            + n.textContent.trim().slice(0, 60));
        }
        const text = document.body.innerText;
        for (const word of ['NaN', 'undefined', 'null', '[object Object]']) {
          const at = text.search(new RegExp('(^|[^A-Za-z])' + word.replace(/[\\[\\]]/g, '\\\\$&') + '($|[^A-Za-z])'));
          if (at >= 0) out.push('"' + word + '" on screen: …' + text.slice(Math.max(0, at - 50), at + 50).replace(/\\s+/g, ' ') + '…');
        }
        return out.slice(0, 12);
        """);
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
