package dev.huntsql.shell;

/** One shell's parts wired together, for a batch run or the prompt alike. */
final class Shell implements AutoCloseable {
  final Sessions sessions;
  final Streams streams;
  final Settings settings;
  final Catalog catalog;
  final QueryRunner queries;
  final ScriptRunner scripts;
  final DotCommands commands;

  Shell(Sessions sessions, Streams streams, Settings settings, ProgressMeter progress, boolean interactive,
      boolean debug) {
    this.sessions = sessions;
    this.streams = streams;
    this.settings = settings;
    this.catalog = new Catalog(sessions);
    this.queries = new QueryRunner(sessions, streams, settings, progress);
    ErrorPrinter errors = new ErrorPrinter(streams.messages(), new Suggestions(catalog), interactive, debug);
    this.scripts = new ScriptRunner(queries, errors);
    this.commands = new DotCommands(sessions, catalog, streams, settings, queries, scripts, errors, interactive);
    scripts.commands(commands);
  }

  @Override
  public void close() {
    streams.close();
    sessions.close();
  }
}
