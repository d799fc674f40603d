package dev.huntsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.engine.HuntOptions;
import dev.huntsql.engine.HuntSession;
import dev.huntsql.engine.generate.EventGenerator;
import dev.huntsql.engine.generate.GeneratorOptions;
import dev.huntsql.functions.ip.IpFunctions;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped SMB & NTLM detection has findings on generated events, as on the shipped sample. */
class GeneratedDataDetectionTest {
  @TempDir
  Path dir;

  @Test
  void findsSmbAndNtlmWithPublicHostsInGeneratedEvents() throws Exception {
    EventGenerator.generate(GeneratorOptions.of("DeviceNetworkEvents", 15_000, dir, 1));
    Detection detection = Detections.find("smb-ntlm-unknown-remote").orElseThrow();
    Set<String> signatures = new HashSet<>();
    Set<String> messageTypes = new HashSet<>();
    int rows = 0;
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false));
        Statement statement = session.connection().createStatement();
        ResultSet rs = session.executeQuery(statement, detection.sql())) {
      while (rs.next()) {
        rows++;
        String remote = rs.getString("RemoteIP");
        assertEquals(Boolean.FALSE, IpFunctions.ipv4IsPrivate(remote), remote);
        assertFalse(rs.getString("geo_ip").isEmpty(), remote);
        assertNotNull(rs.getString("DeviceName"));
        signatures.add(rs.getString("SignatureName"));
        messageTypes.add(rs.getString("MsgType"));
      }
    }
    assertTrue(rows > 20, "findings: " + rows);
    assertTrue(signatures.containsAll(Set.of("SMB", "SMB2", "NTLMSSP")), signatures.toString());
    assertTrue(messageTypes.stream().anyMatch(t -> t.startsWith("Type 1"))
        && messageTypes.stream().anyMatch(t -> t.startsWith("Type 2"))
        && messageTypes.stream().anyMatch(t -> t.startsWith("Type 3")), messageTypes.toString());
  }
}
