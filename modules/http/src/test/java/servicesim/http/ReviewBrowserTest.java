package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;
import servicesim.service.Node;
import servicesim.service.Workshops;

/**
 * The coaching loop in a real browser against a real server: a trainee disputes a verdict, the trainer accepts it and
 * the trainee sees the outcome; two reviewers calibrate blind and the result table shows the kappa their verdicts make.
 */
public class ReviewBrowserTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  @Rule
  public final TestName name = new TestName();

  private static final String SCENARIO = "refund-defective-unit";

  private static Node node;
  private static HttpServer server;
  private static String base;
  private static String trainer;
  private static HttpClient http;
  private static ObjectMapper mapper;
  private static BrowserSession browser;
  private static BrowserServer servers;

  private int consoleErrorsBefore;

  @BeforeClass
  public static void start() throws Exception {
    servers = BrowserServer.start("review-browser-test");
    node = servers.node;
    server = servers.server;
    base = servers.base;
    trainer = servers.token("trainer");
    http = servers.http;
    mapper = servers.mapper;
    browser = servers.browser;
  }

  @AfterClass
  public static void stop() {
    if (servers != null) servers.close();
  }

  @Before
  public void freshTab() {
    consoleErrorsBefore = servers.freshTab(1366, 900);
  }

  @After
  public void noConsoleErrors() throws Exception {
    browser.screenshot("last-" + name.getMethodName());
    List<String> errors = browser.consoleErrors();
    List<String> mine = errors.subList(consoleErrorsBefore, errors.size());
    assertEquals("errors in the browser console:\n" + String.join("\n", mine), List.of(), mine);
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

  /** A live session of the seed scenario played over HTTP by a trainee of a new workshop, ended and scored. */
  private static String[] playedSession(String definition) throws Exception {
    String workshopId = node.workshops().create(new Workshop(definition, "Review " + definition, "default",
        Workshop.PRACTICE, List.of(SCENARIO), List.of(new Trainee("ana", "Ana", null, true)), "test",
        definition + "-sha")).workshopId();
    String ana = call("POST", "/tokens", trainer, Map.of("role", "trainee", "trainee", "ana", "workshop", workshopId))
        .get("token").asText();
    String session = call("POST", "/sessions", ana, Map.of("workshopId", workshopId, "scenarioId", SCENARIO))
        .get("sessionId").asText();
    call("POST", "/sessions/" + session + "/messages", ana,
        Map.of("text", "Thank you for calling Acme Electronics, this is Ana. How can I help you today?"));
    call("POST", "/sessions/" + session + "/end", ana, null);
    awaitScore(session);
    return new String[] {ana, session, workshopId};
  }

  private static void awaitScore(String session) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (node.readSide().scores().get(session, null, null).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue("scored: " + session, node.readSide().scores().get(session, null, null).isPresent());
  }

  private static String text(String css) {
    return browser.visible(css).getText();
  }

  private static void layoutIsClean() {
    List<String> problems = browser.layoutProblems();
    assertEquals(String.join("\n", problems), List.of(), problems);
  }

  @Test
  public void aTraineeDisputesAVerdictTheTrainerAcceptsItAndTheTraineeSeesTheOutcome() throws Exception {
    String[] played = playedSession("dispute-ui");
    String ana = played[0];
    String session = played[1];
    String rule = null;
    for (JsonNode v : call("GET", "/sessions/" + session + "/score", ana, null).get("verdicts")) {
      if (v.get("verdict").asText().equals("fail") && !v.get("critical").asBoolean()) {
        rule = v.get("ruleId").asText();
        break;
      }
    }
    assertTrue(rule != null);
    String play = base + "/#/trainee/play/" + played[2] + "/" + SCENARIO;

    browser.signIn(base, ana, "trainee");
    browser.driver.get(play);
    new Select(browser.visible("form.dispute select[name=rule]")).selectByValue(rule);
    browser.visible("form.dispute textarea[name=message]").sendKeys("I did that: listen to my second message.");
    browser.click("form.dispute button[type=submit]");
    browser.visible("#disputes li[data-status=open][data-rule='" + rule + "']");
    layoutIsClean();
    browser.screenshot("review-dispute-opened");

    browser.driver.get(base + "/health");
    browser.js("sessionStorage.clear();");
    assertTrue(node.awaitCatchUp(Duration.ofMinutes(1), lag -> { }));
    browser.signIn(base, trainer, "trainer");
    openFromNav("#/trainer/disputes");
    browser.click("#open-disputes li[data-session='" + session + "'] a");
    browser.visible("form.decide[data-dispute=d1] input[name=reason]")
        .sendKeys("Agreed: the second message does it.");
    browser.click("form.decide[data-dispute=d1] button[name=accept]");
    browser.visible("#disputes li[data-status=accepted][data-dispute=d1]");
    browser.visible("#overrides li[data-rule='" + rule + "'][data-verdict=pass][data-machine=fail]");
    layoutIsClean();
    browser.screenshot("review-dispute-accepted");

    browser.driver.get(base + "/health");
    browser.js("sessionStorage.clear();");
    browser.signIn(base, ana, "trainee");
    browser.driver.get(play);
    WebElement outcome = browser.visible("#disputes li[data-status=accepted][data-dispute=d1]");
    assertTrue(outcome.getText(), outcome.getText().contains("Agreed: the second message does it."));
    browser.visible("#overrides li[data-rule='" + rule + "'][data-verdict=pass][data-machine=fail]");
    browser.viewport(400, 900);
    layoutIsClean();
  }

  @Test
  public void twoReviewersCalibrateBlindAndTheResultTableShowsTheirKappa() throws Exception {
    String s1 = playedSession("calibrate-ui")[1];
    String s2 = Workshops.sessionId(WorkshopsHelper.runScripted("calibrate-sam"), "sam", SCENARIO);
    awaitScore(s2);

    browser.signIn(base, trainer, "trainer");
    openFromNav("#/trainer/calibrations");
    browser.click("#new-reviewer");
    browser.visible("#minted p[data-reviewer]");
    browser.click("#new-reviewer");
    browser.await("two reviewer tokens", d -> d.findElements(By.cssSelector("#minted p[data-reviewer]")).size() == 2
        ? true : null);
    List<String> tokens = new ArrayList<>();
    for (WebElement p : browser.driver.findElements(By.cssSelector("#minted p[data-reviewer] code"))) {
      tokens.add(p.getText().trim());
    }
    browser.visible("#calibration-setup input[name=title]").sendKeys("Greeting and apology");
    browser.visible("#calibration-setup textarea[name=sessions]").sendKeys(s1 + "\n" + s2);
    browser.click("#calibration-setup button[type=submit]");
    browser.await("the calibration's page", d -> d.getCurrentUrl().contains("#/trainer/c/") ? true : null);
    String calibration = browser.driver.getCurrentUrl().replaceAll(".*#/trainer/c/", "");
    browser.visible("#calibration-result");

    // greeting: both pass s1 and fail s2 (kappa 1); apology: they disagree on both (kappa -1); every other rule: pass
    score(tokens.get(0), calibration, Map.of("greeting", "pass", "apologize", "pass"),
        Map.of("greeting", "fail", "apologize", "fail"));
    score(tokens.get(1), calibration, Map.of("greeting", "pass", "apologize", "fail"),
        Map.of("greeting", "fail", "apologize", "pass"));

    browser.visible("#calibration-result");
    assertEquals("1.00", text("#calibration-result tr[data-rule=greeting] td.kappa"));
    assertEquals("100%", text("#calibration-result tr[data-rule=greeting] td.agreement"));
    assertEquals("-1.00", text("#calibration-result tr[data-rule=apologize] td.kappa"));
    assertEquals("0%", text("#calibration-result tr[data-rule=apologize] td.agreement"));
    int rules = browser.driver.findElements(By.cssSelector("#calibration-result tbody tr")).size() - 1;
    double n = 2.0 * rules;
    double po = (n - 2) / n;
    double pe = Math.pow((n - 2) / n, 2) + Math.pow(2 / n, 2);
    assertEquals(String.format(java.util.Locale.ROOT, "%.2f", (po - pe) / (1 - pe)),
        text("#calibration-result tr[data-rule=overall] td.kappa"));
    assertEquals("–", text("#calibration-result tr[data-rule=escalation] td.kappa"));
    layoutIsClean();
    browser.screenshot("review-calibration-result");

    browser.driver.get(base + "/health");
    browser.js("sessionStorage.clear();");
    browser.signIn(base, trainer, "trainer");
    browser.driver.get(base + "/#/trainer/c/" + calibration);
    assertEquals("1.00", text("#calibration-result tr[data-rule=greeting] td.kappa"));
    browser.visible("#splits");
  }

  /** Once the trainer's home has loaded, follows a link of the navigation bar, as a person would. */
  private static void openFromNav(String href) {
    browser.await("the trainer's workshops", d -> text("main h1").equals("Workshops") ? true : null);
    browser.click("#nav a[href='" + href + "']");
  }

  /** A reviewer signs in and judges the calibration's two sessions, in order, every rule pass but those given. */
  private void score(String token, String calibration, Map<String, String> first, Map<String, String> second)
      throws Exception {
    // the calibration list is the read side's: it follows the calibration within moments
    assertTrue(node.awaitCatchUp(Duration.ofMinutes(1), lag -> { }));
    browser.driver.get(base + "/health");
    browser.js("sessionStorage.clear();");
    browser.signIn(base, token, "reviewer");
    browser.click("#calibrations li[data-calibration='" + calibration + "'] a");
    for (Map<String, String> verdicts : List.of(first, second)) {
      WebElement form = browser.visible("#blind-scoring");
      String session = form.getAttribute("data-session");
      verdicts.forEach((rule, v) -> new Select(browser.visible("#blind-scoring select[name='v-" + rule + "']"))
          .selectByValue(v));
      browser.click("#blind-scoring button[type=submit]");
      browser.await("the next session after " + session, d -> {
        List<WebElement> next = d.findElements(By.cssSelector("#blind-scoring"));
        if (next.isEmpty()) return true;
        return session.equals(next.get(0).getAttribute("data-session")) ? null : true;
      });
    }
  }

  /** Runs a workshop with one scripted trainee (by-the-book) of the seed scenario. */
  private static final class WorkshopsHelper {
    static String runScripted(String definition) throws Exception {
      Workshops workshops = node.workshops();
      String workshopId = workshops.create(new Workshop(definition, "Scripted " + definition, "default",
          Workshop.PRACTICE, List.of(SCENARIO), List.of(new Trainee("sam", "Sam", "by-the-book", false)), "test",
          definition + "-sha")).workshopId();
      workshops.run(workshops.planOf(workshopId).orElseThrow(), x -> { }, false).toCompletableFuture()
          .get(2, TimeUnit.MINUTES);
      return workshopId;
    }
  }
}
