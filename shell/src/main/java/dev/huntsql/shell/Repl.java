package dev.huntsql.shell;

import dev.huntsql.engine.HuntSession;
import dev.huntsql.queries.Detection;
import dev.huntsql.queries.Detections;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt: statements end with {@code ;} and may span lines; {@code .tables},
 * {@code .run NAME}, {@code .help} and {@code .quit} are commands. History is kept in
 * {@code ~/.huntsql_history}.
 */
final class Repl {
  private final HuntSession session;
  private final Arguments arguments;

  Repl(HuntSession session, Arguments arguments) {
    this.session = session;
    this.arguments = arguments;
  }

  int run() throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      LineReader reader = LineReaderBuilder.builder()
          .terminal(terminal)
          .appName("huntsql")
          .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".huntsql_history"))
          .build();
      PrintWriter out = terminal.writer();
      QueryRunner runner = new QueryRunner(session, out, out);
      String format = arguments.format != null ? arguments.format : "table";
      out.println("huntsql " + Help.version() + ": tables " + session.tableNames() + ". End statements with ';'; .help for help.");
      StringBuilder pending = new StringBuilder();
      while (true) {
        String line;
        try {
          line = reader.readLine(pending.length() == 0 ? "huntsql> " : "     ...> ");
        } catch (UserInterruptException e) {
          pending.setLength(0);
          continue;
        } catch (EndOfFileException e) {
          return Main.OK;
        }
        if (pending.length() == 0 && line.strip().startsWith(".")) {
          if (!command(line.strip(), runner, format, out)) {
            return Main.OK;
          }
          continue;
        }
        pending.append(line).append('\n');
        StatementSplitter split = StatementSplitter.split(pending.toString());
        for (String statement : split.statements()) {
          execute(runner, statement, format, out);
        }
        pending.setLength(0);
        if (!StatementSplitter.isBlankOrComment(split.rest())) {
          pending.append(split.rest());
        }
      }
    }
  }

  private void execute(QueryRunner runner, String statement, String format, PrintWriter out) {
    try {
      runner.run(statement, format, true);
    } catch (Exception e) {
      out.println("error: " + ErrorMessages.describe(e, statement));
    }
    out.flush();
  }

  /** Runs a dot-command; false when the session should end. */
  private boolean command(String line, QueryRunner runner, String format, PrintWriter out) {
    String[] words = line.split("\\s+", 2);
    switch (words[0]) {
      case ".quit":
      case ".exit":
        return false;
      case ".tables":
        session.tableNames().forEach(out::println);
        break;
      case ".detections":
        Detections.all().forEach(d -> out.printf("%-28s %s%n", d.name(), d.title()));
        break;
      case ".run":
        if (words.length < 2) {
          out.println("usage: .run NAME");
          break;
        }
        Detection detection = Detections.find(words[1].strip()).orElse(null);
        if (detection == null) {
          out.println("no detection named '" + words[1].strip() + "'; .detections lists them");
        } else {
          execute(runner, detection.sql(), format, out);
        }
        break;
      case ".help":
        out.println(".tables  .detections  .run NAME  .quit    SQL statements end with ';'");
        break;
      default:
        out.println("unknown command " + words[0] + "; .help lists the commands");
    }
    out.flush();
    return true;
  }
}
