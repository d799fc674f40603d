package dev.huntsql.jdbc.server;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a remote client may set when it connects: nothing that chooses what the server reads.
 *
 * <p>The server decides the data folder, geo database and limits. A client asking for one of the
 * properties that choose a folder, file, model or schema is refused, so it learns it cannot;
 * other properties (Avatica's own, such as the {@code url} every Avatica client sends, or a
 * tool's) are ignored, bar the few on {@link #ALLOWED}.
 */
final class ClientProperties {
  /** Properties a client may set, lower case. */
  static final Set<String> ALLOWED = Set.of("strict");

  /** Properties that would choose what the server reads, lower case. */
  static final Set<String> REFUSED = Set.of("data", "geoip", "model", "schemafactory", "schematype", "schema",
      "parserfactory", "typesystem", "fun", "file", "directory");

  private ClientProperties() {}

  /** The client's properties that the server honours; refuses those that would change what it reads. */
  static Map<String, String> filter(Map<String, String> requested) throws SQLException {
    Map<String, String> kept = new HashMap<>();
    if (requested == null) {
      return kept;
    }
    for (Map.Entry<String, String> entry : requested.entrySet()) {
      String name = entry.getKey().toLowerCase(Locale.ROOT);
      if (REFUSED.contains(name)) {
        throw new SQLException("the server decides what it reads; a client cannot set '" + entry.getKey() + "'",
            "08004");
      }
      if (ALLOWED.contains(name)) {
        kept.put(name, entry.getValue());
      }
    }
    return kept;
  }
}
