package servicesim.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.http.HttpServer;
import servicesim.service.Node;
import servicesim.service.Settings;

@Command(name = "serve", sortOptions = false,
    description = {"Serve the web UI and the HTTP API (trainers, trainees, auditors) until stopped (Ctrl-C).",
        "On the first start one token per role is created and printed once; they are also kept in the tokens file "
        + "of the data folder (readable by you only), beside the ledger signing key, whose public key is printed "
        + "then for auditors."})
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port to listen on (default 8080; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).")
  String host;

  @Mixin
  DbOptions db;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) throw new Main.UserError("--port must be between 0 and 65535");
    Settings settings = db.settings();
    Node node = Console.startNode(settings, err);
    HttpServer server;
    try {
      server = HttpServer.start(node, HttpServer.Options.of(host, port, settings.dataFolder()), System.out);
    } catch (servicesim.ledger.LedgerException e) {
      node.close();
      throw new Main.UserError(e.getMessage());
    } catch (Exception e) {
      node.close();
      Throwable root = e;
      while (root.getCause() != null) root = root.getCause();
      throw new Main.UserError("cannot listen on " + host + ":" + port + ": " + root.getMessage());
    }
    String base = "http://" + server.address().getHostString() + ":" + server.address().getPort();
    out.println("ServiceSim web UI on " + base + "/ and HTTP API on " + base
        + "/api/v1 (OpenAPI: /api/v1/openapi.yaml); Ctrl-C stops it");
    out.flush();
    node.system().getWhenTerminated().toCompletableFuture().join();
    return 0;
  }
}
