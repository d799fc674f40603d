package dev.huntsql.engine.scan;

/** Jackson's messages about malformed JSON, without its notes on sources and features. */
final class JsonMessages {
  private JsonMessages() {}

  /**
   * For example "Unexpected end-of-input: expected close marker for Object (start marker at
   * [Source: REDACTED (...) disabled); line: 1, column: 1])" becomes "Unexpected end-of-input:
   * expected close marker for Object (opened at column 1)".
   */
  static String plain(String message) {
    if (message == null) {
      return "unreadable JSON";
    }
    return message
        .replaceAll("\\(start marker at \\[Source: .*?; line: \\d+, column: (\\d+)\\]\\)", "(opened at column $1)")
        .replaceAll("\\s*at \\[Source: .*?; line: \\d+, column: \\d+\\]", "")
        .strip();
  }
}
