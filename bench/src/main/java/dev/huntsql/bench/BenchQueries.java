package dev.huntsql.bench;

import dev.huntsql.bench.BenchQuery.Comparison;
import dev.huntsql.queries.Detections;
import java.util.List;

/** The fixed set of queries the benchmark runs. */
final class BenchQueries {
  static final String DETECTION = "smb-ntlm-unknown-remote";

  /**
   * The shipped detection in DuckDB's SQL: json_extract_string for json_get, a case-folded
   * contains for KQL's contains, an arithmetic macro for ipv4_is_private. It has no geo database
   * and no NTLM message type, so it groups without geo_ip and MsgType and keeps unknown countries.
   */
  private static final String DUCKDB_DETECTION = String.join("\n",
      "WITH inspected AS (",
      "  SELECT DeviceName, LocalPort, InitiatingProcessFileName, RemoteIP, RemotePort, ActionType,",
      "    coalesce(json_extract_string(AdditionalFields, '$.SignatureName'), '') AS SignatureName,",
      "    coalesce(json_extract_string(AdditionalFields, '$.SignatureMatchedContent'), '') AS SigMatched,",
      "    coalesce(json_extract_string(AdditionalFields, '$.SamplePacketContent'), '') AS SamplePacket",
      "  FROM {src}",
      "),",
      "smb_or_ntlm_to_public AS (",
      "  SELECT coalesce(DeviceName, '') AS DeviceName, LocalPort,",
      "    coalesce(InitiatingProcessFileName, '') AS InitiatingProcessFileName, RemoteIP, SignatureName,",
      "    coalesce(ActionType, '') AS ActionType, RemotePort",
      "  FROM inspected",
      "  WHERE coalesce(RemoteIP, '') <> ''",
      "    AND (RemotePort IN (139, 445) OR LocalPort IN (139, 445)",
      "      OR contains(lower(SigMatched), '%fesmb') OR contains(lower(SigMatched), '%ffsmb')",
      "      OR contains(lower(SigMatched), 'ntlmssp') OR contains(lower(SamplePacket), 'ntlmssp'))",
      "    AND NOT ipv4_is_private(RemoteIP)",
      "    AND SignatureName <> ''",
      ")",
      "SELECT DeviceName, LocalPort, InitiatingProcessFileName, RemoteIP, SignatureName, ActionType,",
      "  count(DISTINCT RemotePort) AS Distinct_ports, count(*) AS count_",
      "FROM smb_or_ntlm_to_public",
      "GROUP BY DeviceName, LocalPort, InitiatingProcessFileName, RemoteIP, SignatureName, ActionType",
      "ORDER BY Distinct_ports DESC, DeviceName, LocalPort, InitiatingProcessFileName, RemoteIP, SignatureName,",
      "  ActionType");

  private BenchQueries() {}

  static List<BenchQuery> all() {
    String detection = Detections.find(DETECTION).orElseThrow().sql();
    return List.of(
        same("count", "count(*)", "SELECT count(*) FROM %s"),
        same("filter", "two columns where RemotePort = 445 and ActionType = 'ConnectionSuccess'",
            "SELECT DeviceName, RemoteIP FROM %s WHERE RemotePort = 445 AND ActionType = 'ConnectionSuccess'"),
        same("group-few", "GROUP BY ActionType (6 groups)",
            "SELECT ActionType, count(*) AS n FROM %s GROUP BY ActionType"),
        same("group-many", "GROUP BY DeviceName, RemoteIP (about a third as many groups as rows)",
            "SELECT DeviceName, RemoteIP, count(*) AS n FROM %s GROUP BY DeviceName, RemoteIP"),
        new BenchQuery("detection", "the shipped " + DETECTION + " (DuckDB: without geo and NTLM type)",
            detection, DUCKDB_DETECTION, Comparison.DETECTION));
  }

  private static BenchQuery same(String name, String description, String sql) {
    return new BenchQuery(name, description, String.format(sql, BenchData.TABLE), String.format(sql, "{src}"),
        Comparison.SAME_ROWS);
  }
}
