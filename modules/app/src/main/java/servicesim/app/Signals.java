package servicesim.app;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import servicesim.service.Node;

/**
 * Ctrl-C and {@code kill}: the open nodes stop in order (HTTP and event streams, projections, the actor system, then the
 * database) before the JVM runs its shutdown hooks, among which H2's own would otherwise close the database under
 * streams still reading it.
 */
final class Signals {

  private static final Set<Node> OPEN = ConcurrentHashMap.newKeySet();
  private static volatile boolean installed;

  private Signals() {}

  /** Stops this node first when the process is interrupted or terminated. */
  static void closeOnSignal(Node node) {
    OPEN.removeIf(Node::isClosed);
    OPEN.add(node);
    install();
  }

  private static synchronized void install() {
    if (installed) return;
    installed = true;
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
          for (Node node : OPEN) node.close();
          System.exit(128 + signal.getNumber());
        });
      } catch (IllegalArgumentException unsupported) {
        // this platform does not deliver the signal: the JVM's own shutdown applies
      }
    }
  }
}
