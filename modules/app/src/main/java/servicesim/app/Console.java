package servicesim.app;

import java.io.PrintWriter;
import java.io.Writer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import servicesim.files.InvalidFileException;
import servicesim.readside.DatabaseException;
import servicesim.service.Node;
import servicesim.service.Settings;

/** Terminal helpers: starting a node with a clear message, and progress bars that only appear on long work. */
final class Console {

  private Console() {}

  static Node startNode(Settings settings, PrintWriter err) throws InvalidFileException {
    return startNode(Node.Options.of(settings), err);
  }

  static Node startNode(Node.Options options, PrintWriter err) throws InvalidFileException {
    try {
      Node node = Node.start(options);
      Signals.closeOnSignal(node);
      return node;
    } catch (InvalidFileException e) {
      throw e;
    } catch (DatabaseException e) {
      throw new Main.UserError(e.getMessage());
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) root = root.getCause();
      throw new Main.UserError("cannot open the database " + safe(options.settings().dbUrl()) + ": "
          + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()));
    }
  }

  static String safe(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /**
   * Progress on stderr, shown only once the work has taken more than a moment: a bar on a terminal, otherwise (a pipe,
   * a file, a test) one line at each tenth.
   */
  static Progress progress(PrintWriter err, String task, long max) {
    return new Progress(err, task, max, System.console() != null);
  }

  static final class Progress implements AutoCloseable {
    private static final long SHOW_AFTER_NANOS = 700_000_000L;
    private final PrintWriter err;
    private final String task;
    private final long max;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private ProgressBar bar;
    private boolean showing;
    private int tenthsShown;

    Progress(PrintWriter err, String task, long max, boolean terminal) {
      this.err = err;
      this.task = task;
      this.max = max;
      this.terminal = terminal;
    }

    void stepTo(long n) {
      if (!showing && max > 0 && System.nanoTime() - started > SHOW_AFTER_NANOS && n < max) {
        showing = true;
        if (terminal) {
          bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250).showSpeed()
              .setConsumer(new ConsoleProgressBarConsumer(new java.io.PrintStream(new WriterStream(err), true)))
              .build();
        }
      }
      if (bar != null) {
        bar.stepTo(n);
      } else if (showing) {
        int tenths = (int) Math.min(10, n * 10 / max);
        if (tenths > tenthsShown) {
          tenthsShown = tenths;
          err.println(task + ": " + tenths * 10 + "% (" + n + "/" + max + ")");
          err.flush();
        }
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.stepTo(max);
        bar.close();
      } else if (showing) {
        stepTo(max);
      }
    }
  }

  /** Lets the progress bar write to the command's error writer (tests capture it). */
  private static final class WriterStream extends java.io.OutputStream {
    private final Writer writer;

    WriterStream(Writer writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      writer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      writer.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws java.io.IOException {
      writer.flush();
    }
  }
}
