package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import servicesim.scenario.AgentStep;
import servicesim.service.Node;
import servicesim.service.Workshops;

/**
 * The web UI in a real browser (headless Chromium through Selenium) against a server on a random port with a fresh H2
 * database, as each of its users meets it, at 1366 px and at 400 px (a phone), in English and in Urdu: a trainee plays
 * a live call to the end and reads the score once; a trainer runs the demo workshop, reads KPIs, reach and rule names
 * the server computed, sorts and filters the scoreboard; an auditor filters through the page's address, pages,
 * verifies and exports; an Urdu assessment renders right to left with each verdict beside its own rule. Every view is
 * checked at both widths for anything past the right edge and for NaN, undefined or null on screen; every test fails
 * on any error in the browser's console and leaves screenshots in {@code target/screenshots/}. One browser and one
 * server serve every test.
 */
public class WebUiBrowserTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  @Rule
  public final TestName name = new TestName();

  private static final Duration SCORING = Duration.ofSeconds(90);
  private static final int WIDE = 1366;
  private static final int NARROW = 400;
  private static final int HEIGHT = 900;

  private static Node node;
  private static HttpServer server;
  private static String base;
  private static String trainer;
  private static String auditor;
  private static HttpClient http;
  private static ObjectMapper mapper;
  private static BrowserSession browser;
  private static BrowserServer servers;

  private int consoleErrorsBefore;

  @BeforeClass
  public static void start() throws Exception {
    servers = BrowserServer.start("ui-browser-test");
    node = servers.node;
    server = servers.server;
    base = servers.base;
    trainer = servers.token("trainer");
    auditor = servers.token("auditor");
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
    consoleErrorsBefore = servers.freshTab(WIDE, HEIGHT);
  }

  @After
  public void noConsoleErrors() throws Exception {
    // where the page stood at the end (on a failure: where it stopped)
    browser.screenshot("last-" + name.getMethodName());
    List<String> errors = browser.consoleErrors();
    List<String> mine = errors.subList(consoleErrorsBefore, errors.size());
    assertEquals("errors in the browser console:\n" + String.join("\n", mine), List.of(), mine);
  }

  private static JsonNode call(String method, String path, String token, Object body) throws Exception {
    HttpResponse<String> r = send(method, path, token, body);
    assertTrue(method + " " + path + ": " + r.statusCode() + " " + r.body(), r.statusCode() / 100 == 2);
    return mapper.readTree(r.body());
  }

  private static HttpResponse<String> send(String method, String path, String token, Object body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token);
    if (body != null) b.header("Content-Type", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : mapper.writeValueAsString(body)));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String text(String css) {
    return browser.visible(css).getText();
  }

  private List<WebElement> all(String css) {
    return browser.driver.findElements(By.cssSelector(css));
  }

  private int attr(String css, String name) {
    String v = browser.driver.findElement(By.cssSelector(css)).getAttribute(name);
    return v == null || v.isEmpty() ? 0 : Integer.parseInt(v);
  }

  /**
   * The page as it stands, at a phone's width and at a laptop's: nothing past the right edge, no NaN, undefined or
   * null on screen, nothing in the console. Leaves a screenshot of each; ends at the wide width.
   */
  private void looksRightAtBothWidths(String view) throws Exception {
    for (int width : new int[] {NARROW, WIDE}) {
      browser.viewport(width, HEIGHT);
      // a resize lays the page out again (charts redraw on the next frame)
      browser.js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
      List<String> problems = browser.layoutProblems();
      assertEquals(view + " at " + width + " px:\n" + String.join("\n", problems), List.of(), problems);
      browser.screenshot(view + "-" + width);
    }
    List<String> errors = browser.consoleErrors();
    assertEquals(view + ": errors in the console", List.of(), errors.subList(consoleErrorsBefore, errors.size()));
  }

  /** Opens the action's form, fills in the script's fields and submits it; waits until the action is stored. */
  private void takeAction(AgentStep.Act act) {
    int before = all("li[data-event=AgentActionTaken]").size();
    browser.click("button[data-action='" + act.type() + "']");
    String form = "form[data-action='" + act.type() + "']";
    browser.visible(form);
    for (Map.Entry<String, String> f : act.fields().entrySet()) {
      WebElement input = browser.driver.findElement(By.cssSelector(form + " [name='" + f.getKey() + "']"));
      if (input.getTagName().equals("select")) {
        new Select(input).selectByValue(f.getValue());
      } else {
        // the form comes prefilled with what the session knows: the script's value replaces it
        input.clear();
        input.sendKeys(f.getValue());
      }
    }
    browser.click(form + " button[type=submit]");
    browser.await("the action " + act.type() + " is in the transcript", d -> d.findElements(
        By.cssSelector("li[data-event=AgentActionTaken]")).size() > before ? true : null);
  }

  /** Signs out with a finger on a phone-wide screen, and sees the sign-in form and that the token is gone. */
  private void signOutByTapOnAPhone() {
    browser.viewport(NARROW, HEIGHT);
    browser.tap("#sign-out");
    browser.visible("form.signin input[name=token]");
    browser.await("signed out", d -> text("#status").startsWith("Signed out") ? true : null);
    assertEquals(null, browser.js("return sessionStorage.getItem('servicesim.token')"));
    browser.viewport(WIDE, HEIGHT);
  }

  /** Creates and runs a workshop of scripted trainees through the API and waits until it is scored. */
  private String runScripted(String definition) throws Exception {
    String id = call("POST", "/workshops", trainer, definition).get("workshopId").asText();
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

  // ------------------------------------------------------------------------------------------------------ trainee

  private WebElement console() {
    return browser.driver.findElement(By.cssSelector("[data-testid=console]"));
  }

  private boolean ended() {
    return "true".equals(console().getAttribute("data-ended"));
  }

  /** Plays a scenario's by-the-book agent live in the trainee console; the end step goes through its confirmation. */
  private void playByTheBook(String scenario, Runnable afterThirdMessage) throws Exception {
    browser.visible("[data-testid=ringing]");
    browser.click("#answer");
    browser.visible("[data-testid=on-call] #call-timer");
    List<AgentStep> steps = node.scenario(scenario).orElseThrow().agent("by-the-book").orElseThrow().steps();
    int said = 0;
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
        if (++said == 3 && afterThirdMessage != null) afterThirdMessage.run();
      } else if (step instanceof AgentStep.Act act) {
        takeAction(act);
      } else if (!ended()) {
        endWithConfirmation();
      }
    }
    browser.await("the session has ended", d -> ended() ? true : null);
  }

  /** End call asks first: Cancel keeps the call going; confirming ends it. */
  private void endWithConfirmation() throws Exception {
    browser.click("#end-session");
    browser.visible("dialog.confirm[open]");
    browser.screenshot("trainee-confirm-end");
    browser.click("dialog.confirm button.cancel");
    browser.await("the dialog is gone", d -> d.findElements(By.cssSelector("dialog.confirm")).isEmpty() ? true : null);
    assertFalse("Cancel keeps the call going", ended());
    browser.click("#end-session");
    browser.click("dialog.confirm [data-confirm]");
  }

  /** Every transcript entry names each rule of its evidence once, with the verdict in the same element. */
  private void evidenceTagsAreOnePerRule() {
    List<WebElement> entries = all(".review .transcript > li");
    int tags = 0;
    for (WebElement li : entries) {
      Set<String> rules = new HashSet<>();
      for (WebElement tag : li.findElements(By.cssSelector(".ev-tag"))) {
        tags++;
        String rule = tag.getAttribute("data-rule");
        assertTrue("a rule tagged twice in one entry: " + rule + " in " + li.getText(), rules.add(rule));
        assertEquals(1, tag.findElements(By.cssSelector(".sym")).size());
        WebElement title = tag.findElement(By.cssSelector(".rule-name"));
        assertTrue(title.getAttribute("title"), title.getAttribute("title").startsWith(rule));
        // the verdict's mark sits before the rule's name, left to right, whatever the message's direction
        Number symbolRight = (Number) browser.js("return arguments[0].querySelector('.sym').getBoundingClientRect().right", tag);
        Number titleLeft = (Number) browser.js("return arguments[0].getBoundingClientRect().left", title);
        assertTrue(rule + ": mark at " + symbolRight + ", name from " + titleLeft, symbolRight.doubleValue() <= titleLeft.doubleValue() + 0.5);
      }
    }
    assertTrue("evidence tags in the transcript", tags > 3);
  }

  @Test
  public void aTraineePlaysALiveCallOnAPhoneConfirmsTheEndAndReadsTheScoreOnce() throws Exception {
    String scenario = "refund-defective-unit";
    String workshopId = call("POST", "/workshops", trainer, Map.of("id", "phone-class", "title", "Phone class",
        // a trainee id of its own: the demo workshop's scripted Sam would add his sessions to this one's progress
        "scenarios", List.of(scenario), "trainees", List.of(Map.of("id", "sam-live", "name", "Sam", "live", true))))
        .get("workshopId").asText();
    String sam = call("POST", "/tokens", trainer, Map.of("role", "trainee", "trainee", "sam-live", "workshop", workshopId)).get("token").asText();

    browser.viewport(NARROW, HEIGHT);
    browser.signIn(base, sam, "trainee");
    // the workshop list is read from the read side: it shows the new workshop once projected
    browser.await("the phone scenario is listed", d -> d.findElements(
        By.cssSelector("li[data-scenario='" + scenario + "'] a.button")).isEmpty() ? null : true);
    looksRightAtBothWidths("trainee-sessions");
    browser.viewport(NARROW, HEIGHT);
    browser.click("li[data-scenario='" + scenario + "'] a.button");
    browser.click("#begin");

    // the action forms are the server's catalogue: every field of every action
    browser.visible("[data-testid=ringing]");
    for (String[] f : new String[][] {{"escalate", "reason"}, {"record-complaint", "email"}, {"schedule-follow-up", "note"},
        {"callback", "note"}}) {
      assertEquals(f[0] + " has " + f[1], 1, all("form[data-action='" + f[0] + "'] [name='" + f[1] + "']").size());
    }
    browser.screenshot("trainee-phone-ringing");
    playByTheBook(scenario, () -> {
      // larger type mid-call keeps the newest message in view
      browser.click("#large-type");
      browser.await("the newest message in view after the switch to large type", d -> (Boolean) browser.js("""
          const box = document.querySelector('.console .scroll');
          const last = box.querySelector('.transcript > li:last-child');
          return document.documentElement.classList.contains('large')
            && last.getBoundingClientRect().bottom <= box.getBoundingClientRect().bottom + 1
            && last.getBoundingClientRect().top >= box.getBoundingClientRect().top - 1 ? true : null;
          """));
      try {
        browser.screenshot("trainee-phone-call-large");
        browser.click("#large-type");
        looksRightAtBothWidths("trainee-phone-call");
        browser.viewport(NARROW, HEIGHT);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });

    // the score arrives once the projection has scored the session; the transcript is shown once, with its evidence
    WebElement score = browser.await(SCORING, "the score", d -> {
      List<WebElement> s = d.findElements(By.id("score-value"));
      return s.isEmpty() ? null : s.get(0);
    });
    assertEquals("100.0", score.getText());
    assertTrue(text("#result [data-testid=score]").contains("PASSED"));
    assertTrue(text("#result [data-testid=score]").contains("outcome: satisfied"));
    assertEquals("one transcript on screen", 1L, (long) (Long) browser.js(
        "return [...document.querySelectorAll('.transcript')].filter(t => t.offsetParent !== null).length"));
    assertTrue("evidence is highlighted", !all("#result mark.ev.pass").isEmpty());
    evidenceTagsAreOnePerRule();
    assertEquals("Greeting", browser.driver.findElement(By.cssSelector(
        "#result button[data-rule=greeting] .rule-name")).getText());
    browser.click("#result button[data-rule=greeting]");
    List<WebElement> marks = all("#result mark.ev");
    assertTrue("the greeting's evidence: " + marks.stream().map(WebElement::getText).toList(),
        marks.stream().map(WebElement::getText).toList().containsAll(List.of("Sam", "Acme Electronics")));
    // fields by their labels, times in words, durations without milliseconds
    String complaint = text("#result li[data-action=record-complaint]");
    assertTrue(complaint, complaint.contains("Customer name") && complaint.contains("at the start of the session"));
    assertFalse(complaint, complaint.contains("customerName"));
    assertFalse(text(".review"), text(".review").matches("(?s).*\\d+ms\\b.*"));
    looksRightAtBothWidths("trainee-score");
    browser.js("document.getElementById('result').scrollIntoView({block: 'start'})");
    browser.screenshot("trainee-score");

    // the trainee's list shows the score; their own progress has the session
    browser.click("#nav a[href='#/trainee']");
    browser.await("the score in the list", d -> text("li[data-scenario='" + scenario + "']").contains("100.0") ? true : null);
    browser.click("#my-progress");
    browser.await("their progress", d -> d.findElements(By.cssSelector("#progress-sessions tbody tr[data-status=scored]")).size() == 1 ? true : null);
    looksRightAtBothWidths("trainee-progress");
    assertTrue(workshopId.startsWith("phone-class-"));
    signOutByTapOnAPhone();
  }

  // ------------------------------------------------------------------------------------------------------ trainer

  @Test
  public void aTrainerRunsTheDemoWorkshopAndReadsWhatTheServerComputed() throws Exception {
    browser.signIn(base, trainer, "trainer");
    // the form for a workshop of one's own lists the library and the trainees to enrol
    browser.click("details.card > summary");
    assertTrue(all("details.card input[name=scenario]").size() > 20);
    assertEquals(2, all("details.card .trainee-row").size());
    WebElement id = browser.enabled("details.card input[name=id]");
    id.sendKeys(" not an id");
    assertEquals(false, browser.js("return arguments[0].checkValidity()", id));
    new Select(browser.visible("#workshop-file")).selectByValue("demo");
    browser.screenshot("trainer-workshops");
    browser.click("#create-from-file");
    browser.await("the workshop page", d -> d.getCurrentUrl().contains("#/trainer/w/demo-") ? true : null);
    String workshopId = browser.driver.getCurrentUrl().replaceAll(".*#/trainer/w/", "");

    // a new workshop: KPIs with nothing to measure read as a dash, neither met nor missed
    browser.await("the empty scoreboard", d -> all("#kpis .kpi").size() == 3 ? true : null);
    for (WebElement kpi : all("#kpis .kpi")) {
      assertEquals(kpi.getText(), "–", kpi.findElement(By.cssSelector(".value")).getText());
      assertTrue(kpi.getText(), kpi.getAttribute("class").contains("unmeasured") && kpi.getText().contains("nothing to measure yet"));
    }
    looksRightAtBothWidths("trainer-new-workshop");
    browser.click("#run");

    // the scoreboard fills in from the workshop's event stream: 3 trainees x 7 scenarios, all scored
    browser.await(SCORING, "all 21 sessions scored", d -> "21".equals(
        d.findElement(By.cssSelector("#main > .view")).getAttribute("data-scored")) ? true : null);
    assertEquals(21, all("#sessions tbody tr[data-scored=true]").size());
    assertTrue(text("#progress"), text("#progress").contains("run done 21/21"));
    browser.await("the run's end announced", d -> text("#status").contains("Run done: 21 of 21 sessions played") ? true : null);

    // KPIs, reach and pass rates as the server computed them
    JsonNode board = call("GET", "/workshops/" + workshopId + "/scoreboard", trainer, null);
    for (JsonNode k : board.get("kpis")) {
      WebElement kpi = browser.driver.findElement(By.cssSelector("#kpis .kpi[data-kpi='" + k.get("id").asText() + "']"));
      assertEquals(k.toString(), k.get("met").asText(), kpi.getAttribute("data-met"));
      assertEquals(k.toString(), Math.round(100 * k.get("share").asDouble()) + "%", kpi.findElement(By.cssSelector(".value")).getText());
    }
    assertTrue(text("#kpis"), text("#kpis").contains("goal 90%"));
    JsonNode outcomes = board.get("outcomes");
    int unhappy = outcomes.path("unsatisfied").asInt() + outcomes.path("hung-up").asInt();
    assertTrue("the demo has a neutral outcome, which is not unhappy: " + outcomes, outcomes.path("neutral").asInt() > 0);
    assertEquals(unhappy * 9, board.get("reach").get("low").asInt());
    assertEquals(String.valueOf(unhappy * 9), browser.driver.findElement(By.id("reach")).getAttribute("data-low"));
    assertEquals(String.valueOf(unhappy * 15), browser.driver.findElement(By.id("reach")).getAttribute("data-high"));
    assertTrue(text("#reach"), text("#reach").contains(unhappy * 9 + "–" + unhappy * 15));

    // rules by their names, ids in tooltips
    String trainees = text("#trainees");
    assertTrue(trainees, trainees.contains("No hiding behind policy"));
    assertFalse(trainees, trainees.contains("no-policy-as-weapon"));
    assertTrue(browser.driver.findElement(By.cssSelector("#trainees [data-rule=no-policy-as-weapon]"))
        .getAttribute("title").startsWith("no-policy-as-weapon"));
    assertTrue(all("#sessions tbody tr").stream().anyMatch(r -> r.getText().contains("Sam") && r.getText().contains("100.0")));
    Number drawn = (Number) browser.js("return window.Chart ? Object.keys(Chart.instances).length : 0");
    assertEquals(2, drawn.intValue());
    browser.js("window.scrollTo(0, 0)");
    browser.screenshot("trainer-scoreboard");

    // sorted by score, highest first; filtered by trainee; both kept in the page's address
    browser.click("#sessions button.sort[data-sort=score]");
    List<Double> scores = all("#sessions tbody tr td.score").stream().map(td -> Double.parseDouble(td.getText())).toList();
    List<Double> descending = new ArrayList<>(scores);
    descending.sort(java.util.Comparator.reverseOrder());
    assertEquals(descending, scores);
    new Select(browser.visible("#filter-trainee")).selectByValue("pat");
    browser.await("Pat's sessions only", d -> all("#sessions tbody tr").stream()
        .allMatch(r -> "pat".equals(r.getAttribute("data-trainee"))) ? true : null);
    assertEquals(7, all("#sessions tbody tr").size());
    String address = browser.driver.getCurrentUrl();
    assertTrue(address, address.contains("trainee=pat") && address.contains("sort=score") && address.contains("dir=desc"));
    new Select(browser.visible("#filter-result")).selectByValue("critical");
    browser.await("Pat's critical failures", d -> all("#sessions tbody tr").stream()
        .allMatch(r -> "critical".equals(r.getAttribute("data-result"))) ? true : null);
    browser.driver.navigate().refresh();
    browser.await("the filters survive a reload", d -> "pat".equals(new Select(d.findElement(By.id("filter-trainee")))
        .getFirstSelectedOption().getAttribute("value")) && !all("#sessions tbody tr[data-scored=true]").isEmpty() ? true : null);
    assertTrue(all("#sessions tbody tr").stream().allMatch(r -> "pat".equals(r.getAttribute("data-trainee"))));

    // on a phone a scoreboard row is a short card whose score is in view without scrolling sideways
    browser.viewport(NARROW, HEIGHT);
    for (WebElement row : all("#sessions tbody tr")) {
      assertTrue("row height " + row.getSize().getHeight(), row.getSize().getHeight() < 200);
      WebElement cell = row.findElement(By.cssSelector("td.score"));
      assertTrue(cell.getLocation().getX() + cell.getSize().getWidth() <= NARROW);
    }
    looksRightAtBothWidths("trainer-scoreboard-filtered");
    new Select(browser.visible("#filter-trainee")).selectByValue("");
    new Select(browser.visible("#filter-result")).selectByValue("");
    looksRightAtBothWidths("trainer-scoreboard");

    // a trainee's name opens their progress across workshops, as the server computed it
    browser.click("#trainees tr[data-trainee=pat] a");
    browser.await("Pat's progress", d -> d.findElements(By.cssSelector("#progress-sessions tbody tr")).size() == 7 ? true : null);
    JsonNode progress = call("GET", "/trainees/pat/progress", trainer, null);
    assertEquals(progress.get("summary").get("scored").asText(), browser.driver.findElement(By.cssSelector(
        "#progress-summary [data-figure=sessions] .value")).getText());
    assertEquals(progress.get("rules").size(), all("#progress-rules tbody tr").size());
    assertEquals(progress.get("rules").get(0).get("ruleId").asText(), all("#progress-rules tbody tr").get(0).getAttribute("data-rule"));
    assertEquals(true, browser.js("return !!Chart.getChart(document.getElementById('chart-trend'))"));
    assertEquals("only the trend is drawn: the workshop's charts went with its page", 1L,
        ((Number) browser.js("return Object.keys(Chart.instances).length")).longValue());
    looksRightAtBothWidths("trainer-progress");
    browser.click("#back");
    browser.await("back on the scoreboard", d -> d.getCurrentUrl().contains("#/trainer/w/" + workshopId) ? true : null);
    browser.await("the scoreboard again", d -> "21".equals(d.findElement(By.cssSelector("#main > .view")).getAttribute("data-scored")) ? true : null);

    // any session opens with its transcript and verdicts, titled by its scenario
    String session = Workshops.sessionId(workshopId, "pat", "refund-defective-unit");
    browser.click("#sessions tr[data-session='" + session + "'] a.session-link");
    browser.await(SCORING, "the session's score", d -> d.findElements(By.id("score-value")).isEmpty() ? null : true);
    assertEquals("Defective unit: replacement and refund", text("h1"));
    assertTrue(text("#session-meta"), text("#session-meta").startsWith("Trainee Pat · Phone"));
    assertTrue(text(".review"), text(".review").contains("No hiding behind policy"));
    browser.click(".review button[data-rule=no-policy-as-weapon]");
    assertTrue(!all(".review mark.ev.fail, .review .msg.ev-fail").isEmpty());
    looksRightAtBothWidths("trainer-session");
    browser.screenshot("trainer-session");
    signOutByTapOnAPhone();
  }

  // ------------------------------------------------------------------------------------------------------ auditor

  @Test
  public void anAuditorFiltersThroughTheAddressPagesVerifiesAndExports() throws Exception {
    String workshopId = runScripted("{\"id\":\"audited\",\"title\":\"Audited\",\"scenarios\":[\"refund-defective-unit\","
        + "\"chat-grocery-several-parts\"],\"trainees\":[{\"id\":\"sam\",\"name\":\"Sam\",\"agent\":\"by-the-book\"},"
        + "{\"id\":\"lee\",\"name\":\"Lee\",\"agent\":\"reactive\"}]}");
    browser.signIn(base, auditor, "auditor");
    browser.visible("#filters");
    // filters given in the address fill the form and select the events
    browser.driver.get(base + "/#/auditor?workshop=" + workshopId + "&type=AgentMessageSent&limit=10");
    browser.await("the first page", d -> d.findElements(By.cssSelector("#events[data-query*='workshop=" + workshopId
        + "'][data-query*='after=0'][data-query*='limit=10']")).isEmpty() ? null : true);
    assertEquals(workshopId, new Select(browser.visible("select[name=workshop]")).getFirstSelectedOption().getAttribute("value"));
    assertTrue("the workshop is picked from the list of workshops", all("select[name=workshop] option").size() > 1);
    assertEquals("AgentMessageSent", new Select(browser.visible("select[name=type]")).getFirstSelectedOption().getAttribute("value"));
    List<WebElement> page1 = all("#events tbody tr");
    assertEquals(10, page1.size());
    // how many match in all, as the server counts them
    long matching = call("GET", "/audit/events/count?type=AgentMessageSent&workshop=" + workshopId, auditor, null)
        .get("total").asLong();
    browser.await("the total", d -> String.valueOf(matching).equals(d.findElement(By.id("total")).getAttribute("data-total")) ? true : null);
    assertTrue(text("#total"), text("#total").startsWith(matching + " events match"));
    assertTrue(text("#page-info"), text("#page-info").startsWith("Page 1 of " + (matching + 9) / 10));
    // the workshop's sessions with their scores and results
    List<WebElement> sessions = all("#workshop-sessions tbody tr[data-scored=true]");
    assertEquals(4, sessions.size());
    assertTrue(sessions.stream().anyMatch(r -> r.getText().contains("100.0") && r.getText().contains("pass")));
    assertTrue(page1.stream().allMatch(r -> "AgentMessageSent".equals(r.getAttribute("data-type"))));
    assertTrue(page1.get(0).getText(), page1.get(0).getText().contains("Agent message sent"));
    String firstOrdering = page1.get(0).getAttribute("data-ordering");
    long lastOrdering = Long.parseLong(page1.get(9).getAttribute("data-ordering"));
    browser.click("#next-page");
    browser.await("the second page", d -> d.findElements(By.cssSelector("#events[data-query*='workshop=" + workshopId
        + "']:not([data-query*='after=0'])")).isEmpty() ? null : true);
    assertTrue(text("#page-info").startsWith("Page 2"));
    List<WebElement> page2 = all("#events tbody tr");
    assertTrue(!page2.isEmpty());
    assertTrue(Long.parseLong(page2.get(0).getAttribute("data-ordering")) > lastOrdering);
    looksRightAtBothWidths("auditor-events");
    browser.click("#prev-page");
    browser.await("back to the first page", d -> firstOrdering.equals(d.findElement(
        By.cssSelector("#events tbody tr")).getAttribute("data-ordering")) ? true : null);

    // a search writes its filters into the address
    new Select(browser.visible("select[name=type]")).selectByValue("CustomerMessageSent");
    browser.click("#search");
    browser.await("the address follows the filters", d -> d.getCurrentUrl().contains("type=CustomerMessageSent") ? true : null);
    browser.await("only customer messages listed", d -> {
      try {
        List<WebElement> rows = d.findElements(By.cssSelector("#events tbody tr"));
        return !rows.isEmpty() && rows.stream().allMatch(r -> "CustomerMessageSent".equals(r.getAttribute("data-type")))
            ? true : null;
      } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
        return null;
      }
    });
    new Select(browser.visible("select[name=type]")).selectByValue("AgentMessageSent");
    browser.click("#search");
    browser.await("agent messages again", d -> d.getCurrentUrl().contains("type=AgentMessageSent") ? true : null);

    // exports of what the filters select, handed to the browser as files; the CSV is for spreadsheets
    JsonNode selected = call("GET", "/audit/events?limit=1000&type=AgentMessageSent&workshop=" + workshopId, auditor, null)
        .get("events");
    long expected = selected.size();
    browser.click("#export-csv");
    WebElement csv = browser.visible("#exports a[data-format=csv]");
    assertEquals(expected, Long.parseLong(csv.getAttribute("data-events")));
    browser.click("#export-ndjson");
    WebElement ndjson = browser.visible("#exports a[data-format=ndjson]");
    assertEquals(expected, Long.parseLong(ndjson.getAttribute("data-events")));
    Path file = browser.await("the CSV download", d -> downloaded(".csv"));
    String content = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue("UTF-8 with a byte order mark", content.startsWith("\uFEFFordering,persistence_id,seq_nr,type,"));
    List<String> header = List.of(content.substring(1, content.indexOf("\r\n")).split(","));
    int textColumn = header.indexOf("text");
    assertTrue(header.toString(), textColumn > 0 && header.get(header.size() - 1).equals("event"));
    String firstRecord = content.split("\r\n")[1];
    assertTrue(firstRecord, firstRecord.contains("," + csvField(selected.get(0).get("event").get("text").asText()) + ","));

    // a session's trail: its conversation with the score, the verdicts and their evidence; verified against the journal
    browser.click("#events a.session-link");
    browser.visible("#verify");
    browser.visible("#trail-score [data-testid=score]");
    assertTrue(text("#trail-score .verdicts"), text("#trail-score .verdicts").contains("Greeting"));
    assertTrue(!all("#trail-score mark.ev").isEmpty());
    browser.click("#verify");
    browser.await("the verification", d -> "true".equals(d.findElement(By.id("verify-result"))
        .getAttribute("data-intact")) ? true : null);
    assertTrue(text("#verify-result").startsWith("Intact"));
    looksRightAtBothWidths("auditor-verified");
    browser.click("a.button[href^='#/auditor']");
    browser.await("back to the filtered events", d -> d.getCurrentUrl().contains("workshop=" + workshopId) ? true : null);
    signOutByTapOnAPhone();
  }

  private static String csvField(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  private Path downloaded(String suffix) {
    try (Stream<Path> files = Files.list(browser.downloads)) {
      return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  // ------------------------------------------------------------------------------------------------------- Urdu

  @Test
  public void anUrduAssessmentRendersRightToLeftWithEachVerdictBesideItsOwnRule() throws Exception {
    String workshopId = call("POST", "/workshops", trainer, "{\"id\":\"urdu\",\"title\":\"اردو\",\"mode\":\"assessment\","
        + "\"scenarios\":[\"ur-phone-geyser-gas-leak\"],\"trainees\":[{\"id\":\"sana\",\"name\":\"ثنا\",\"agent\":"
        + "\"by-the-book\"},{\"id\":\"tariq\",\"name\":\"طارق\",\"agent\":\"policy-bound\"},{\"id\":\"hina\",\"name\":"
        + "\"حنا\",\"live\":true}]}").get("workshopId").asText();
    call("POST", "/workshops/" + workshopId + "/run", trainer, null);
    String hina = call("POST", "/tokens", trainer, Map.of("role", "trainee", "trainee", "hina", "workshop", workshopId)).get("token").asText();

    // the live trainee plays the Urdu call on a phone; the assessment keeps the score back
    browser.viewport(NARROW, HEIGHT);
    browser.signIn(base, hina, "trainee");
    browser.await("the Urdu scenario is listed", d -> d.findElements(
        By.cssSelector("li[data-scenario='ur-phone-geyser-gas-leak'] a.button")).isEmpty() ? null : true);
    browser.click("li[data-scenario='ur-phone-geyser-gas-leak'] a.button");
    browser.click("#begin");
    playByTheBook("ur-phone-geyser-gas-leak", null);
    browser.await(SCORING, "the session recorded, its feedback held back", d -> d.findElements(
        By.cssSelector("[data-testid=feedback-hidden]")).isEmpty() ? null : true);
    looksRightAtBothWidths("urdu-trainee-recorded");
    signOutByTapOnAPhone();

    // the trainer sees the Urdu rule names, and releases the feedback only when sure
    browser.signIn(base, trainer, "trainer");
    browser.driver.get(base + "/#/trainer/w/" + workshopId);
    browser.await(SCORING, "all three sessions scored", d -> "3".equals(
        d.findElement(By.cssSelector("#main > .view")).getAttribute("data-scored")) ? true : null);
    List<WebElement> urduNames = all("#trainees .rule-name[lang=ur]");
    assertTrue("rule names in Urdu", !urduNames.isEmpty());
    assertTrue(urduNames.get(0).getText(), urduNames.get(0).getText().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF));
    assertEquals("rtl", urduNames.get(0).getCssValue("direction"));
    looksRightAtBothWidths("urdu-scoreboard");
    browser.click("#release");
    browser.visible("dialog.confirm[open]");
    browser.click("dialog.confirm button.cancel");
    assertFalse(call("GET", "/workshops/" + workshopId, trainer, null).get("feedbackReleased").asBoolean());
    browser.click("#release");
    browser.click("dialog.confirm [data-confirm]");
    browser.await("released", d -> text("#release").equals("Feedback released") ? true : null);
    assertTrue(call("GET", "/workshops/" + workshopId, trainer, null).get("feedbackReleased").asBoolean());

    // a scored Urdu session: right to left in its own font, each verdict tag beside its own rule
    String session = Workshops.sessionId(workshopId, "sana", "ur-phone-geyser-gas-leak");
    browser.driver.get(base + "/#/trainer/s/" + session);
    browser.await(SCORING, "the session's score", d -> d.findElements(By.id("score-value")).isEmpty() ? null : true);
    List<WebElement> messages = all(".review .msg[lang=ur]");
    assertTrue("Urdu messages: " + messages.size(), messages.size() >= 4);
    for (WebElement m : messages) {
      assertEquals(m.getText(), "rtl", m.getCssValue("direction"));
      assertTrue(m.getCssValue("font-family"), m.getCssValue("font-family").contains("Noto Nastaliq Urdu"));
    }
    assertTrue(messages.stream().anyMatch(m -> m.getText().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)));
    evidenceTagsAreOnePerRule();
    looksRightAtBothWidths("urdu-session");
    browser.screenshot("urdu-session");
    signOutByTapOnAPhone();

    // the auditor reads the same session's trail on a phone
    browser.signIn(base, auditor, "auditor");
    browser.driver.get(base + "/#/auditor/s/" + session);
    browser.visible("#verify");
    assertTrue(all("td.what[lang=ur]").size() > 3);
    looksRightAtBothWidths("urdu-trail");
    signOutByTapOnAPhone();
  }

  // ------------------------------------------------------------------------------------------ live play, fairly

  /** A workshop of one live trainee on one scenario, and that trainee signed in on the browser. */
  private void signedInToPlay(String workshop, String scenario, String trainee) throws Exception {
    String workshopId = call("POST", "/workshops", trainer, Map.of("id", workshop, "title", workshop,
        "scenarios", List.of(scenario), "trainees", List.of(Map.of("id", trainee, "name", "Ana", "live", true))))
        .get("workshopId").asText();
    String token = call("POST", "/tokens", trainer, Map.of("role", "trainee", "trainee", trainee, "workshop",
        workshopId)).get("token").asText();
    browser.signIn(base, token, "trainee");
    browser.await("the scenario is listed", d -> d.findElements(
        By.cssSelector("li[data-scenario='" + scenario + "'] a.button")).isEmpty() ? null : true);
    browser.click("li[data-scenario='" + scenario + "'] a.button");
    browser.visible("[data-testid=brief]");
  }

  private void send(String message) {
    WebElement text = browser.enabled("textarea[name=text]");
    browser.await("the message box is empty", d -> text.getAttribute("value").isEmpty() ? true : null);
    text.sendKeys(message);
    browser.click("#send");
  }

  /**
   * Waits until the customer has replied and it is the trainee's turn again, pressing "Wait for the next thing" while
   * the customer is still writing and their reply is due later on the simulated clock.
   */
  private void awaitReply(int customerLinesBefore, Duration within) {
    browser.await(within, "the customer's reply", d -> {
      if (ended()) return true;
      boolean awaiting = "true".equals(console().getAttribute("data-awaiting"));
      if (awaiting && attr("[data-testid=console]", "data-customer-lines") > customerLinesBefore) return true;
      if (!awaiting && text("#typing").contains("skips ahead") && browser.driver.findElement(By.id("wait")).isEnabled()) {
        browser.click("#wait");
      }
      return null;
    });
  }

  /** Plays a scenario's by-the-book agent live, waiting on the simulated clock where its script waits long. */
  private void playByTheBookWaiting(String scenario, Duration perStep) throws Exception {
    List<AgentStep> steps = node.scenario(scenario).orElseThrow().agent("by-the-book").orElseThrow().steps();
    for (int i = 0; i < steps.size() && !ended(); i++) {
      AgentStep step = steps.get(i);
      if (step instanceof AgentStep.Act && step.after() != null && step.after().compareTo(Duration.ofHours(1)) >= 0) {
        // the script lets hours pass before acting: the trainee waits for the next thing (here, a promised time)
        int seq = attr("[data-testid=console]", "data-seq");
        browser.click("#wait");
        browser.await(perStep, "the wait is stored", d -> attr("[data-testid=console]", "data-seq") > seq ? true : null);
      }
      if (step instanceof AgentStep.Say say) {
        int before = attr("[data-testid=console]", "data-customer-lines");
        send(say.text());
        boolean replyExpected = i + 1 < steps.size() && !(steps.get(i + 1) instanceof AgentStep.End);
        if (replyExpected) awaitReply(before, perStep);
      } else if (step instanceof AgentStep.Act act) {
        takeAction(act);
      } else {
        browser.click("#end-session");
        browser.click("dialog.confirm [data-confirm]");
        // the end reaches the console through the event stream: wait for it before taking the case as still open
        browser.await(perStep, "the session has ended", d -> ended() ? true : null);
      }
    }
    if (!ended()) {
      // a written case stays open until the trainee closes it
      browser.click("#end-session");
      browser.click("dialog.confirm [data-confirm]");
    }
    browser.await(perStep, "the session has ended", d -> ended() ? true : null);
  }

  private JsonNode verdict(String sessionId, String rule) throws Exception {
    for (JsonNode v : call("GET", "/sessions/" + sessionId + "/score", trainer, null).get("verdicts")) {
      if (v.get("ruleId").asText().equals(rule)) return v;
    }
    throw new AssertionError("no verdict for " + rule);
  }

  private String awaitScore(Duration within) {
    browser.await(within, "the score", d -> d.findElements(By.id("score-value")).isEmpty() ? null : true);
    return console().getAttribute("data-session");
  }

  @Test
  public void aTraineeAsksTheCallerForTheirDetailsRecordsThemAndPassesComplaintRecord() throws Exception {
    String scenario = "refund-defective-unit";
    signedInToPlay("details-class", scenario, "ana");
    // the brief: who calls, what the agent sees, the rules by name
    String brief = text("[data-testid=brief]");
    assertTrue(brief, brief.contains("Caller's number") && brief.contains("Rules this session is judged by"));
    assertEquals(1, all("[data-testid=brief] li[data-rule=complaint-record]").size());
    looksRightAtBothWidths("trainee-brief");
    browser.click("#begin");
    browser.click("#answer");
    browser.visible("#sim-clock");
    assertTrue(text("[data-testid=clocks]"), text("[data-testid=clocks]").contains("real time"));

    int before = attr("[data-testid=console]", "data-customer-lines");
    send("Thank you for calling Acme Electronics, this is Ana. How can I help you today?");
    awaitReply(before, Duration.ofSeconds(30));
    before = attr("[data-testid=console]", "data-customer-lines");
    send("I'm so sorry about that. Could I have your full name, phone number and address, please?");
    browser.await(Duration.ofSeconds(30), "the customer gives their details", d -> d.findElements(
        By.cssSelector(".msg.customer")).stream().anyMatch(m -> m.getText().contains("+1 555 0100")) ? true : null);
    awaitReply(before, Duration.ofSeconds(30));

    // the complaint form opens beside the conversation, prefilled with what the session knows
    browser.click("button[data-action=record-complaint]");
    String form = "form[data-action=record-complaint]";
    browser.visible(form);
    java.util.function.Function<String, String> value = name -> browser.driver.findElement(
        By.cssSelector(form + " [name=" + name + "]")).getAttribute("value");
    assertEquals("Maria Lopez", value.apply("customerName"));
    assertEquals("+1 555 0100", value.apply("phone"));
    assertEquals("12 Elm Street, Springfield", value.apply("address"));
    assertEquals("Ana", value.apply("employeeName"));
    assertFalse(value.apply("receivedAt").isEmpty());
    assertTrue(value.apply("nature"), value.apply("nature").contains("doesn't work"));
    assertFalse("date-time pickers for the times", all(form + " input[type=datetime-local]").isEmpty());
    assertEquals("Record complaint", text(form + " button[type=submit]"));
    Number formLeft = (Number) browser.js("return document.querySelector(arguments[0]).getBoundingClientRect().left", form);
    Number talkRight = (Number) browser.js("return document.querySelector('.console .conversation').getBoundingClientRect().right");
    assertTrue("the form is beside the conversation: " + formLeft + " >= " + talkRight,
        formLeft.doubleValue() >= talkRight.doubleValue());
    browser.screenshot("trainee-complaint-form");
    for (String[] f : new String[][] {{"agreedSolution", "a replacement unit and a refund"},
        {"stepsTaken", "replacement ordered, refund started"}, {"followUpAt", "+2d"}, {"compensation", "20% voucher"},
        {"prevention", "correct the compatibility list on the website"}}) {
      browser.driver.findElement(By.cssSelector(form + " [name=" + f[0] + "]")).sendKeys(f[1]);
    }
    new Select(browser.driver.findElement(By.cssSelector(form + " [name=solutionStatus]"))).selectByValue("promised");
    browser.click(form + " button[type=submit]");
    browser.await("the record is in the transcript", d -> d.findElements(
        By.cssSelector("li[data-event=AgentActionTaken][data-action=record-complaint]")).isEmpty() ? null : true);
    browser.click("#end-session");
    browser.click("dialog.confirm [data-confirm]");
    String sessionId = awaitScore(SCORING);
    JsonNode v = verdict(sessionId, "complaint-record");
    assertEquals(v.toString(), "pass", v.get("verdict").asText());
  }

  @Test
  public void aLiveEmailSessionOfTheLibraryPlaysToItsScoreWithinAMinute() throws Exception {
    String scenario = "email-booking-questions";
    signedInToPlay("email-class", scenario, "eve");
    browser.click("#begin");
    // email runs 360 times faster than real time, and the trainee may wait for the reply: bounded by a minute in all
    long start = System.nanoTime();
    browser.await(Duration.ofSeconds(20), "the customer's email", d -> attr("[data-testid=console]",
        "data-customer-lines") > 0 ? true : null);
    assertTrue(text("#time-scale"), text("#time-scale").contains("360"));
    playByTheBookWaiting(scenario, Duration.ofSeconds(20));
    awaitScore(Duration.ofSeconds(60).minusNanos(System.nanoTime() - start));
    assertTrue("waited on the simulated clock", !all("li[data-event=AgentWaited]").isEmpty()
        || call("GET", "/sessions/" + console().getAttribute("data-session"), trainer, null).get("transcript")
            .toString().contains("AgentWaited"));
  }

  @Test
  public void aMultiStageChatWithAPromisedWaitPassesKeepInformed() throws Exception {
    String scenario = "chat-router-replacement-multi-day";
    signedInToPlay("chat-class", scenario, "kai");
    browser.click("#begin");
    browser.await(Duration.ofSeconds(20), "the customer's first message", d -> attr("[data-testid=console]",
        "data-customer-lines") > 0 ? true : null);
    playByTheBookWaiting(scenario, Duration.ofSeconds(30));
    String sessionId = awaitScore(SCORING);
    JsonNode transcript = call("GET", "/sessions/" + sessionId, trainer, null).get("transcript");
    assertFalse("the customer waited for the promised update without nudging: " + transcript,
        transcript.toString().contains("CustomerNudged") || transcript.toString().contains("CustomerHungUp"));
    assertTrue(transcript.toString().contains("\"until\":\"promise\""));
    JsonNode v = verdict(sessionId, "keep-informed");
    assertEquals(v.toString(), "pass", v.get("verdict").asText());
    assertEquals("pass", verdict(sessionId, "closing-check").get("verdict").asText());
  }
}
