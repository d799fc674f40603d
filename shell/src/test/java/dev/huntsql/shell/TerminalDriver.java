package dev.huntsql.shell;

import static org.junit.jupiter.api.Assertions.fail;

import dev.huntsql.engine.HuntOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Drives the interactive shell through JLine's external terminal, as a person at a keyboard
 * would: keys go in (Ctrl-C raises SIGINT through the terminal's line discipline), and the test
 * waits for text to appear on the screen.
 */
final class TerminalDriver implements AutoCloseable {
  private static final Pattern ESCAPES = Pattern.compile("\u001B(\\[[0-9;?=>]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>78])");

  private final Keyboard keyboard = new Keyboard();
  private final Screen screen = new Screen();
  private final Terminal terminal;
  private final Shell shell;
  private final Thread thread;
  private volatile int exitCode = -1;
  private int mark;

  TerminalDriver(Path data, Path history) throws Exception {
    // JLine's line discipline in Java: Ctrl-C becomes SIGINT for this terminal, as a tty's would.
    terminal = new ExternalTerminal("test", "xterm", keyboard, screen, StandardCharsets.UTF_8);
    terminal.setSize(new Size(100, 40));
    Streams streams = new Streams(terminal.writer(), terminal.writer(), terminal::getWidth);
    Settings settings = Settings.interactive(Arguments.parse());
    shell = new Shell(Sessions.open(new HuntOptions(data, null, false)), streams, settings,
        new ProgressMeter(terminal.writer()), true, false);
    thread = new Thread(() -> exitCode = new Repl(terminal, shell, history).run(), "repl-under-test");
    thread.setDaemon(true);
    thread.start();
  }

  /** Sends keys; {@code \r} is Enter, {@code \t} Tab, {@code \u0003} Ctrl-C, {@code \u0004} Ctrl-D. */
  TerminalDriver type(String keys) {
    keyboard.send(keys.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  TerminalDriver type(byte[] keys) {
    keyboard.send(keys);
    return this;
  }

  /** Waits until the text appears on the screen after the previous match; returns the screen text up to it. */
  String waitFor(String text) {
    return waitFor(text, 10_000);
  }

  String waitFor(String text, long millis) {
    long deadline = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < deadline) {
      String seen = screenText();
      int at = seen.indexOf(text, mark);
      if (at >= 0) {
        String before = seen.substring(mark, at + text.length());
        mark = at + text.length();
        return before;
      }
      sleep(20);
    }
    fail("'" + text + "' did not appear within " + millis + " ms; the screen after the last match shows:\n"
        + screenText().substring(Math.min(mark, screenText().length())));
    return null;
  }

  /** Everything shown so far, without terminal escape sequences and carriage returns. */
  String screenText() {
    return ESCAPES.matcher(screen.text()).replaceAll("").replace("\r", "");
  }

  /** Waits for the shell to end; returns its exit code. */
  int exitCode() throws InterruptedException {
    thread.join(10_000);
    if (thread.isAlive()) {
      fail("the shell did not end; the screen shows:\n" + screenText());
    }
    return exitCode;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    if (thread.isAlive()) {
      type("\u0004");
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    shell.close();
    keyboard.close();
    terminal.close();
  }

  /** Keys waiting to be read, one byte at a time, blocking like a keyboard. */
  private static final class Keyboard extends InputStream {
    private final LinkedBlockingQueue<Integer> keys = new LinkedBlockingQueue<>();

    void send(byte[] bytes) {
      for (byte b : bytes) {
        keys.add(b & 0xff);
      }
    }

    @Override
    public int read() throws IOException {
      try {
        Integer key = keys.poll(100, TimeUnit.MILLISECONDS);
        while (key == null) {
          key = keys.poll(100, TimeUnit.MILLISECONDS);
        }
        return key;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      int first = read();
      if (first < 0) {
        return -1;
      }
      buffer[offset] = (byte) first;
      int n = 1;
      Integer next;
      while (n < length && (next = keys.poll()) != null) {
        buffer[offset + n++] = (byte) (int) next;
      }
      return n;
    }

    @Override
    public int available() {
      return keys.size();
    }

    @Override
    public void close() {
      keys.add(-1);
    }
  }

  /** What the terminal shows, kept as text. */
  private static final class Screen extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      bytes.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    synchronized String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
