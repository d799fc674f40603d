package dev.huntsql.shell;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive prompt on a JLine terminal: multi-line statements, completion, history kept
 * across sessions, Ctrl-C to clear the typed text or cancel the running query, Ctrl-D to leave.
 */
final class Repl {
  static final String PROMPT = "huntsql> ";
  /** JLine pads {@code %P} to the primary prompt's width, so continuation lines align. */
  static final String CONTINUATION = "%P ...> ";
  /** Held so the level set on it stays set: java.util.logging keeps loggers only weakly. */
  private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

  private final Terminal terminal;
  private final Shell shell;
  private final Path history;
  /** Ctrl-C presses since the current input started running. */
  private final AtomicInteger interrupts = new AtomicInteger();

  /**
   * @param terminal the terminal to read from and write to
   * @param shell the shell, writing to that terminal
   * @param history the history file, or null for none
   */
  Repl(Terminal terminal, Shell shell, Path history) {
    this.terminal = terminal;
    this.shell = shell;
    this.history = history;
  }

  /** Reads and runs input until Ctrl-D or {@code .quit}; returns the exit code. */
  /** JLine reports through java.util.logging, which would print its warnings on the user's screen. */
  static void quietJLine() {
    JLINE_LOG.setLevel(Level.OFF);
  }

  int run() {
    quietJLine();
    PrintWriter screen = terminal.writer();
    HistoryFile.Checked checked = history == null ? new HistoryFile.Checked(null, null) : HistoryFile.check(history);
    LineReaderBuilder builder = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("huntsql")
        .parser(new StatementParser())
        .completer(new SqlCompleter(shell.catalog, shell.queries::last))
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
        .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
        .variable(LineReader.HISTORY_SIZE, 10_000)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.CASE_INSENSITIVE, true)
        .option(LineReader.Option.INSERT_TAB, false);
    if (ansi()) {
      builder.highlighter(new SqlHighlighter());
    }
    if (checked.path() != null) {
      builder.variable(LineReader.HISTORY_FILE, checked.path());
    }
    LineReader reader = builder.build();
    banner(screen, checked.message());
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> interrupted(screen));
    try {
      while (true) {
        String input;
        try {
          input = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          return Main.OK;
        }
        shell.queries.clearCancel();
        interrupts.set(0);
        String habit = StatementParser.habit(input);
        if (shell.scripts.run(habit != null ? habit : input, null) == ScriptRunner.Outcome.QUIT) {
          return Main.OK;
        }
      }
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
      try {
        reader.getHistory().save();
      } catch (java.io.IOException | RuntimeException e) {
        // History is a convenience; failing to save it must not fail the session.
      }
      screen.flush();
    }
  }

  /**
   * Ctrl-C while a statement runs: cancel it. The engine looks for a cancel while it reads
   * records, so a query busy in memory (a large cross join) may not stop soon; a third press
   * leaves huntsql rather than leave the user stuck.
   */
  private void interrupted(PrintWriter screen) {
    int presses = interrupts.incrementAndGet();
    shell.queries.cancel();
    if (presses == 2) {
      screen.println();
      screen.println("still cancelling (a query busy in memory stops at its next read); Ctrl-C again leaves huntsql");
      screen.flush();
    } else if (presses >= 3) {
      screen.println();
      screen.println("leaving huntsql");
      screen.flush();
      System.exit(130);
    }
  }

  private boolean ansi() {
    return !terminal.getType().startsWith(Terminal.TYPE_DUMB);
  }

  private void banner(PrintWriter screen, String historyMessage) {
    if (historyMessage != null) {
      screen.println(historyMessage);
    }
    Path data = shell.sessions.options().data();
    screen.println("huntsql " + Help.version() + " · data: " + data);
    if (!Files.isDirectory(data)) {
      screen.println("warning: data folder not found: " + data + " (.data DIR opens another)");
    }
    screen.println("End statements with ';'. Tab completes, .help lists commands, Ctrl-C cancels, Ctrl-D quits.");
    screen.flush();
  }
}
