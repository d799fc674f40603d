package dev.huntsql.queries;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A detection shipped as SQL: its name, the header fields its file starts with
 * ({@code -- title: ...}, {@code -- finds: ...}, ...), and the SQL itself.
 */
public record Detection(String name, Map<String, String> header, String sql) {
  /** The one-line title, or the name when the file has none. */
  public String title() {
    return header.getOrDefault("title", name);
  }

  /** Parses a detection file: leading {@code -- key: value} comment lines (continued by indented lines). */
  static Detection parse(String name, String text) {
    Map<String, String> header = new LinkedHashMap<>();
    String key = null;
    for (String line : text.split("\n")) {
      if (!line.startsWith("--")) {
        break;
      }
      String content = line.substring(2);
      int colon = content.indexOf(':');
      boolean continuation = content.startsWith("   ") && key != null;
      if (!continuation && colon > 0 && !content.substring(1, colon).contains(" ")) {
        key = content.substring(0, colon).trim();
        header.put(key, content.substring(colon + 1).trim());
      } else if (key != null) {
        header.put(key, header.get(key) + " " + content.trim());
      }
    }
    return new Detection(name, header, text);
  }
}
