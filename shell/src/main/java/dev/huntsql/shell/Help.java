package dev.huntsql.shell;

/** The text of {@code huntsql --help}. */
final class Help {
  private Help() {}

  static final String TEXT = String.join("\n",
      "huntsql: SQL over Microsoft Defender event files, with KQL's hunting functions.",
      "",
      "Usage:",
      "  huntsql run NAME [options]     run a shipped detection (see 'huntsql detections')",
      "  huntsql -e \"SQL\" [options]     run SQL statements",
      "  huntsql -f FILE.sql [options]  run the statements in a file",
      "  huntsql sql [options]          interactive SQL prompt (reads SQL from standard input when it is not a terminal)",
      "  huntsql detections             list the shipped detections",
      "  huntsql functions              list the functions, with examples",
      "  huntsql serve [options]        JDBC server for BI tools (huntsql serve --help; docs/JDBC.md)",
      "  huntsql generate --table T --rows N --out DIR [--gzip] [--seed S]",
      "                                 write realistic synthetic events (docs/PERFORMANCE.md)",
      "  huntsql run NAME --target spark --to-sql",
      "                                 print a detection as Spark SQL instead of running it (docs/SPARK.md)",
      "",
      "Options:",
      "  --data DIR      folder of event files (default: $HUNTSQL_DATA, else the shipped sample data)",
      "  --geoip FILE    MMDB geo database (MaxMind GeoIP2/GeoLite2 City or Country, or a country_code MMDB)",
      "  --format F      table (default), csv, json, jsonl, markdown or vertical",
      "  --chart         draw each result as a bar chart or time histogram (label column + number column)",
      "  --output FILE   write results to FILE instead of standard output",
      "  --strict        stop at the first malformed record instead of skipping it",
      "  --debug         show stack traces",
      "",
      "Scripts (-f, -e, standard input) may hold dot-commands such as .format csv on lines of their own;",
      "at the prompt, .help lists them all.",
      "",
      "Exit codes: 0 success, 1 query or data error, 2 usage error.",
      "");

  static String version() {
    String version = Help.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }
}
