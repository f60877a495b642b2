package servicesim.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import servicesim.files.Home;
import servicesim.service.Node;
import servicesim.service.Settings;

/** What a browser test runs against: a node on its own H2 file, its HTTP server on a free port, and Chromium. */
final class BrowserServer implements AutoCloseable {

  final Node node;
  final HttpServer server;
  final String base;
  final HttpClient http;
  final ObjectMapper mapper;
  final BrowserSession browser;

  private BrowserServer(Node node, HttpServer server, BrowserSession browser) {
    this.node = node;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.address().getPort();
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    this.mapper = node.readSide().mapper();
    this.browser = browser;
  }

  static BrowserServer start(String name) throws Exception {
    if (!BrowserSession.available()) {
      org.junit.Assert.fail("the browser tests need Debian's chromium and chromium-driver (" + BrowserSession.CHROMIUM
          + ", " + BrowserSession.CHROMEDRIVER + "): apt-get install -y chromium chromium-driver");
    }
    Path dir = Files.createTempDirectory(name + "-");
    String url = "jdbc:h2:file:" + dir.resolve("data/servicesim") + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    Node node = Node.start(Node.Options.of(Settings.of(ConfigFactory.load()).withDb(url, "", "")));
    HttpServer server = null;
    try {
      server = HttpServer.start(node, new HttpServer.Options("127.0.0.1", 0, Tokens.dataFolder(url), Home.workshops(),
          ApiContext.Limits.DEFAULT), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      return new BrowserServer(node, server, new BrowserSession());
    } catch (Exception | Error e) {
      if (server != null) server.stop();
      node.close();
      throw e;
    }
  }

  /** The token the first start made for this role. */
  String token(String role) {
    return server.firstTokens().get(role);
  }

  /**
   * A clean tab at this size: the last test's token is forgotten on a page of the server that is not the app, so that
   * no view of it runs on. Returns how many console errors there were before the test.
   */
  int freshTab(int width, int height) {
    browser.driver.get(base + "/health");
    browser.js("sessionStorage.clear(); localStorage.clear();");
    browser.viewport(width, height);
    return browser.consoleErrors().size();
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      server.stop();
      node.close();
    }
  }
}
