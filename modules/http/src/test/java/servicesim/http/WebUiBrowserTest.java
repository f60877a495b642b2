package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;
import servicesim.scenario.AgentStep;
import servicesim.service.Node;
import servicesim.service.Settings;
import servicesim.service.Workshops;

/**
 * The web UI in a real browser (headless Chromium through Selenium) against a server on a random port with a fresh H2
 * database: a trainee plays a live phone scenario to the end and reads the score with its evidence, a trainer runs
 * the demo workshop and watches the scoreboard fill in, an auditor filters, pages, verifies and exports, and an Urdu
 * session renders right to left. Every test fails on any error in the browser's console and leaves screenshots in
 * {@code target/screenshots/}.
 */
public class WebUiBrowserTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  @Rule
  public final TestName name = new TestName();

  private static final Duration SCORING = Duration.ofSeconds(90);

  private static Node node;
  private static HttpServer server;
  private static String base;
  private static String trainer;
  private static String auditor;
  private static HttpClient http;
  private static ObjectMapper mapper;

  private BrowserSession browser;

  @BeforeClass
  public static void startServer() throws Exception {
    if (!BrowserSession.available()) {
      org.junit.Assert.fail("the browser tests need Debian's chromium and chromium-driver (" + BrowserSession.CHROMIUM
          + ", " + BrowserSession.CHROMEDRIVER + "): apt-get install -y chromium chromium-driver");
    }
    Path dir = Files.createTempDirectory("ui-browser-test-");
    String url = "jdbc:h2:file:" + dir.resolve("data/servicesim") + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    node = Node.start(Node.Options.of(Settings.of(ConfigFactory.load()).withDb(url, "", "")));
    server = HttpServer.start(node, new HttpServer.Options("127.0.0.1", 0, Tokens.dataFolder(url), Home.workshops(),
        ApiContext.Limits.DEFAULT), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    base = "http://127.0.0.1:" + server.address().getPort();
    trainer = server.firstTokens().get("trainer");
    auditor = server.firstTokens().get("auditor");
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    mapper = node.readSide().mapper();
  }

  @AfterClass
  public static void stopServer() {
    if (server != null) server.stop();
    if (node != null) node.close();
  }

  @Before
  public void openBrowser() throws Exception {
    browser = new BrowserSession();
  }

  @After
  public void closeBrowser() throws Exception {
    if (browser == null) return;
    try {
      // where the page stood at the end (on a failure: where it stopped)
      browser.screenshot("last-" + name.getMethodName());
      List<String> errors = browser.consoleErrors();
      assertEquals("errors in the browser console:\n" + String.join("\n", errors), List.of(), errors);
    } finally {
      browser.close();
    }
  }

  private static JsonNode call(String method, String path, String token, Object body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token);
    if (body != null) b.header("Content-Type", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(method + " " + path + ": " + r.statusCode() + " " + r.body(), r.statusCode() / 100 == 2);
    return mapper.readTree(r.body());
  }

  private String text(String css) {
    return browser.visible(css).getText();
  }

  private int attr(String css, String name) {
    String v = browser.driver.findElement(By.cssSelector(css)).getAttribute(name);
    return v == null || v.isEmpty() ? 0 : Integer.parseInt(v);
  }

  // ------------------------------------------------------------------------------------------------------ trainee

  @Test
  public void aTraineePlaysALivePhoneScenarioToTheEndAndSeesTheScoreWithItsEvidence() throws Exception {
    String scenario = "refund-defective-unit";
    String workshopId = call("POST", "/workshops", trainer, Map.of("id", "phone-class", "title", "Phone class",
        "scenarios", List.of(scenario), "trainees", List.of(Map.of("id", "sam", "name", "Sam", "live", true))))
        .get("workshopId").asText();
    String sam = call("POST", "/tokens", trainer, Map.of("role", "trainee", "trainee", "sam")).get("token").asText();

    browser.signIn(base, sam, "trainee");
    // the workshop list is read from the read side: it shows the new workshop once projected
    browser.await("the phone scenario is listed", d -> d.findElements(
        By.cssSelector("li[data-scenario='" + scenario + "'] a.button")).isEmpty() ? null : true);
    browser.screenshot("trainee-sessions");
    browser.click("li[data-scenario='" + scenario + "'] a.button");

    // the phone rings until the trainee answers; then the call timer runs
    browser.visible("[data-testid=ringing]");
    browser.screenshot("trainee-phone-ringing");
    browser.click("#answer");
    browser.visible("[data-testid=on-call] #call-timer");

    List<AgentStep> steps = node.scenario(scenario).orElseThrow().agent("by-the-book").orElseThrow().steps();
    for (int i = 0; i < steps.size(); i++) {
      AgentStep step = steps.get(i);
      if (ended()) break;
      if (step instanceof AgentStep.Say say) {
        int before = attr("[data-testid=console]", "data-customer-lines");
        WebElement text = browser.enabled("textarea[name=text]");
        browser.await("the message box is empty", d -> text.getAttribute("value").isEmpty() ? true : null);
        text.sendKeys(say.text());
        browser.click("#send");
        boolean replyExpected = i + 1 < steps.size() && !(steps.get(i + 1) instanceof AgentStep.End);
        if (replyExpected) {
          // the customer answers in wall time, in one or several parts: wait until it is the trainee's turn again
          browser.await(Duration.ofSeconds(30), "the customer's reply to: " + say.text(), d -> ended()
              || ("true".equals(console().getAttribute("data-awaiting"))
              && attr("[data-testid=console]", "data-customer-lines") > before) ? true : null);
        } else {
          browser.await("the message is in the transcript", d -> d.findElements(By.cssSelector(
              ".msg.agent")).stream().anyMatch(m -> m.getText().contains(say.text())) ? true : null);
        }
      } else if (step instanceof AgentStep.Act act) {
        int before = browser.driver.findElements(By.cssSelector("li[data-event=AgentActionTaken]")).size();
        browser.click("button[data-action='" + act.type() + "']");
        String form = "form[data-action='" + act.type() + "']";
        browser.visible(form);
        for (Map.Entry<String, String> f : act.fields().entrySet()) {
          WebElement input = browser.driver.findElement(By.cssSelector(form + " [name='" + f.getKey() + "']"));
          if (input.getTagName().equals("select")) new Select(input).selectByValue(f.getValue());
          else input.sendKeys(f.getValue());
        }
        browser.click(form + " button[type=submit]");
        browser.await("the action " + act.type() + " is in the transcript", d -> d.findElements(
            By.cssSelector("li[data-event=AgentActionTaken]")).size() > before ? true : null);
      } else if (!ended()) {
        browser.screenshot("trainee-phone-call");
        browser.click("#end-session");
      }
    }
    browser.await("the session has ended", d -> ended() ? true : null);

    // the score arrives once the projection has scored the session; every verdict's evidence is in the transcript
    WebElement score = browser.await(SCORING, "the score", d -> {
      List<WebElement> s = d.findElements(By.id("score-value"));
      return s.isEmpty() ? null : s.get(0);
    });
    assertEquals("100.0", score.getText());
    assertTrue(text("#result [data-testid=score]").contains("PASSED"));
    assertTrue(text("#result [data-testid=score]").contains("outcome satisfied"));
    assertTrue("evidence is highlighted", !browser.driver.findElements(By.cssSelector("#result mark.ev.pass")).isEmpty());
    browser.click("#result button[data-rule=greeting]");
    List<WebElement> marks = browser.driver.findElements(By.cssSelector("#result mark.ev"));
    assertTrue("the greeting's evidence: " + marks.stream().map(WebElement::getText).toList(),
        marks.stream().map(WebElement::getText).toList().containsAll(List.of("Sam", "Acme Electronics")));
    browser.js("document.getElementById('result').scrollIntoView({block: 'start'})");
    browser.screenshot("trainee-score");
    assertTrue(workshopId.startsWith("phone-class-"));
  }

  private WebElement console() {
    return browser.driver.findElement(By.cssSelector("[data-testid=console]"));
  }

  private boolean ended() {
    return "true".equals(console().getAttribute("data-ended"));
  }

  // ------------------------------------------------------------------------------------------------------ trainer

  @Test
  public void aTrainerRunsTheDemoWorkshopAndWatchesTheScoreboardFillIn() throws Exception {
    browser.signIn(base, trainer, "trainer");
    // the form for a workshop of one's own lists the library and the trainees to enrol
    browser.click("details.card > summary");
    assertTrue(browser.driver.findElements(By.cssSelector("details.card input[name=scenario]")).size() > 20);
    assertEquals(2, browser.driver.findElements(By.cssSelector("details.card .trainee-row")).size());
    WebElement id = browser.enabled("details.card input[name=id]");
    id.sendKeys(" not an id");
    assertEquals(false, browser.js("return arguments[0].checkValidity()", id));
    new Select(browser.visible("#workshop-file")).selectByValue("demo");
    browser.screenshot("trainer-workshops");
    browser.click("#create-from-file");
    browser.await("the workshop page", d -> d.getCurrentUrl().contains("#/trainer/w/demo-") ? true : null);
    String workshopId = browser.driver.getCurrentUrl().replaceAll(".*#/trainer/w/", "");
    browser.click("#run");

    // the scoreboard fills in from the workshop's event stream: 3 trainees x 7 scenarios, all scored
    browser.await(SCORING, "all 21 sessions scored", d -> "21".equals(
        d.findElement(By.id("main")).getAttribute("data-scored")) ? true : null);
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("#sessions tbody tr[data-scored=true]"));
    assertEquals(21, rows.size());
    assertTrue(text("#progress"), text("#progress").contains("run done 21/21"));
    browser.await("the run's end announced", d -> text("#status").contains("Run done: 21 of 21 sessions played") ? true : null);
    assertEquals(3, browser.driver.findElements(By.cssSelector("#kpis .kpi")).size());
    assertTrue(text("#kpis"), text("#kpis").contains("goal 90%"));
    assertTrue(text("#trainees"), text("#trainees").contains("no-policy-as-weapon"));
    assertTrue(browser.driver.findElements(By.cssSelector("#sessions tbody tr")).stream()
        .anyMatch(r -> r.getText().contains("Sam") && r.getText().contains("100.0")));
    Number drawn = (Number) browser.js("return window.Chart ? Object.keys(Chart.instances).length : 0");
    assertEquals(2, drawn.intValue());
    browser.js("window.scrollTo(0, 0)");
    browser.screenshot("trainer-scoreboard");

    // any session opens with its transcript and verdicts
    String session = Workshops.sessionId(workshopId, "pat", "refund-defective-unit");
    browser.click("#sessions tr[data-session='" + session + "'] a");
    browser.await(SCORING, "the session's score", d -> d.findElements(By.id("score-value")).isEmpty() ? null : true);
    assertTrue(text(".review"), text(".review").contains("no-policy-as-weapon"));
    browser.click(".review button[data-rule=no-policy-as-weapon]");
    assertTrue(!browser.driver.findElements(By.cssSelector(".review mark.ev.fail, .review .msg.ev-fail")).isEmpty());
    browser.screenshot("trainer-session");
  }

  // ------------------------------------------------------------------------------------------------------ auditor

  @Test
  public void anAuditorFiltersPagesVerifiesAndExports() throws Exception {
    String workshopId = runScripted("{\"id\":\"audited\",\"title\":\"Audited\",\"scenarios\":[\"refund-defective-unit\","
        + "\"chat-grocery-several-parts\"],\"trainees\":[{\"id\":\"sam\",\"name\":\"Sam\",\"agent\":\"by-the-book\"},"
        + "{\"id\":\"lee\",\"name\":\"Lee\",\"agent\":\"reactive\"}]}");
    browser.signIn(base, auditor, "auditor");
    browser.visible("#filters");
    browser.enabled("input[name=workshop]").sendKeys(workshopId);
    new Select(browser.visible("select[name=type]")).selectByValue("AgentMessageSent");
    new Select(browser.visible("select[name=limit]")).selectByValue("10");
    browser.click("#search");
    browser.await("the first page", d -> d.findElements(By.cssSelector("#events[data-query*='workshop=" + workshopId
        + "'][data-query*='after=0']")).isEmpty() ? null : true);
    List<WebElement> page1 = browser.driver.findElements(By.cssSelector("#events tbody tr"));
    assertEquals(10, page1.size());
    assertTrue(page1.stream().allMatch(r -> "AgentMessageSent".equals(r.getAttribute("data-type"))));
    String firstOrdering = page1.get(0).getAttribute("data-ordering");
    long lastOrdering = Long.parseLong(page1.get(9).getAttribute("data-ordering"));
    browser.click("#next-page");
    browser.await("the second page", d -> d.findElements(By.cssSelector("#events[data-query*='workshop=" + workshopId
        + "']:not([data-query*='after=0'])")).isEmpty() ? null : true);
    assertTrue(text("#page-info").startsWith("Page 2"));
    List<WebElement> page2 = browser.driver.findElements(By.cssSelector("#events tbody tr"));
    assertTrue(!page2.isEmpty());
    assertTrue(Long.parseLong(page2.get(0).getAttribute("data-ordering")) > lastOrdering);
    browser.screenshot("auditor-events");
    browser.click("#prev-page");
    browser.await("back to the first page", d -> firstOrdering.equals(d.findElement(
        By.cssSelector("#events tbody tr")).getAttribute("data-ordering")) ? true : null);

    // exports of what the filters select, handed to the browser as files
    long expected = call("GET", "/audit/events?limit=1000&type=AgentMessageSent&workshop=" + workshopId, auditor, null)
        .get("events").size();
    browser.click("#export-csv");
    WebElement csv = browser.visible("#exports a[data-format=csv]");
    assertEquals(expected, Long.parseLong(csv.getAttribute("data-events")));
    browser.click("#export-ndjson");
    WebElement ndjson = browser.visible("#exports a[data-format=ndjson]");
    assertEquals(expected, Long.parseLong(ndjson.getAttribute("data-events")));
    Path file = browser.await("the CSV download", d -> downloaded(".csv"));
    List<String> lines = Files.readAllLines(file);
    assertTrue(lines.get(0).startsWith("\uFEFFordering,persistence_id,seq_nr,type,"));
    assertEquals(expected + 1, lines.size());

    // a session's trail, verified against the journal
    browser.click("#events a.session-link");
    browser.visible("#verify");
    browser.click("#verify");
    browser.await("the verification", d -> "true".equals(d.findElement(By.id("verify-result"))
        .getAttribute("data-intact")) ? true : null);
    assertTrue(text("#verify-result").startsWith("Intact"));
    browser.screenshot("auditor-verified");
  }

  private Path downloaded(String suffix) {
    try (Stream<Path> files = Files.list(browser.downloads)) {
      return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** Creates and runs a workshop of scripted trainees through the API and waits until it is scored. */
  private String runScripted(String definition) throws Exception {
    String id = call("POST", "/workshops", trainer, mapper.readTree(definition)).get("workshopId").asText();
    call("POST", "/workshops/" + id + "/run", trainer, null);
    long deadline = System.nanoTime() + SCORING.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode run = call("GET", "/workshops/" + id, trainer, null).get("run");
      if (run != null && !"running".equals(run.get("state").asText())) break;
      TimeUnit.MILLISECONDS.sleep(200);
    }
    assertTrue(node.awaitCatchUp(SCORING, lag -> { }));
    return id;
  }

  // ------------------------------------------------------------------------------------------------------- Urdu

  @Test
  public void anUrduSessionRendersRightToLeftInItsOwnFont() throws Exception {
    String workshopId = runScripted("{\"id\":\"urdu\",\"title\":\"اردو\",\"scenarios\":[\"ur-phone-geyser-gas-leak\"],"
        + "\"trainees\":[{\"id\":\"sana\",\"name\":\"ثنا\",\"agent\":\"by-the-book\"}]}");
    String session = Workshops.sessionId(workshopId, "sana", "ur-phone-geyser-gas-leak");
    browser.signIn(base, trainer, "trainer");
    browser.driver.get(base + "/#/trainer/s/" + session);
    browser.await(SCORING, "the session's score", d -> d.findElements(By.id("score-value")).isEmpty() ? null : true);
    List<WebElement> messages = browser.driver.findElements(By.cssSelector(".review .msg[lang=ur]"));
    assertTrue("Urdu messages: " + messages.size(), messages.size() >= 4);
    for (WebElement m : messages) {
      assertEquals(m.getText(), "rtl", m.getCssValue("direction"));
      assertTrue(m.getCssValue("font-family"), m.getCssValue("font-family").contains("Noto Nastaliq Urdu"));
    }
    assertTrue(messages.stream().anyMatch(m -> m.getText().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)));
    browser.screenshot("urdu-session");
  }
}
