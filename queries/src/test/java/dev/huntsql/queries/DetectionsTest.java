package dev.huntsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionsTest {
  @Test
  void everyIndexedDetectionLoadsWithItsHeader() {
    List<Detection> all = Detections.all();
    assertEquals(List.of("smb-ntlm-unknown-remote"), all.stream().map(Detection::name).toList());
    Detection smb = all.get(0);
    assertEquals("SMB & NTLM negotiation with unknown public hosts", smb.title());
    for (String key : List.of("finds", "source", "differs", "tables")) {
      assertTrue(smb.header().containsKey(key), "header has " + key + ": " + smb.header().keySet());
    }
    assertTrue(smb.header().get("differs").contains("NTLMSSP"));
  }

  @Test
  void namesMatchInAnyLetterCase() {
    assertTrue(Detections.find("SMB-NTLM-Unknown-Remote").isPresent());
    assertTrue(Detections.find("no-such-detection").isEmpty());
  }
}
