package dev.huntsql.shell;

/** What the user can change while the shell runs: output format, footers, limits, charts. */
final class Settings {
  /** Rows shown on a screen before the rest are only counted. */
  static final int SCREEN_ROWS = 200;

  String format = "table";
  /** Print the row count and elapsed time after each result. */
  boolean footer;
  /** Include the elapsed time in the footer. */
  boolean timer = true;
  /** Show column types under the column names. */
  boolean types;
  /** Draw a chart after each result. */
  boolean chart;
  /** Draw a chart instead of the rows ({@code --chart} in a batch run). */
  boolean chartOnly;
  /** Rows printed per result before the rest are only counted; 0 for all. */
  int maxRows;

  static Settings batch(Arguments arguments) {
    Settings settings = new Settings();
    settings.format = arguments.format != null ? arguments.format : "table";
    settings.chartOnly = arguments.chart;
    return settings;
  }

  static Settings interactive(Arguments arguments) {
    Settings settings = batch(arguments);
    settings.chartOnly = false;
    settings.chart = arguments.chart;
    settings.footer = true;
    settings.maxRows = SCREEN_ROWS;
    return settings;
  }
}
