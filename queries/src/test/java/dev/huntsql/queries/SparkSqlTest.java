package dev.huntsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** huntsql SQL rendered for Spark: the KQL-friendly liberties undone, the meaning kept. */
class SparkSqlTest {
  @Test
  void quotesIdentifiersWithBackquotes() {
    String sql = SparkSql.render(
        "select Timestamp, user from DeviceLogonEvents where contains(user, 'adm')");
    assertTrue(sql.contains("`Timestamp`"), sql);
    assertTrue(sql.contains("`user`"), sql);
    assertTrue(sql.contains("`contains`(`user`, 'adm')"), sql);
    assertTrue(sql.contains("`DeviceLogonEvents`"), sql);
  }

  @Test
  void keepsTimestampLiteralsAndCasts() {
    String sql = SparkSql.render("select bin(Timestamp, '1h') from t"
        + " where Timestamp > TIMESTAMP '2025-09-01 00:00:00' and cast(x as integer) = 1");
    assertTrue(sql.contains("TIMESTAMP '2025-09-01 00:00:00'"), sql);
    assertTrue(sql.contains("CAST(`x` AS INTEGER)"), sql);
  }

  @Test
  void escapesBackslashesAndQuotesTheWaySparkReadsThem() {
    String sql = SparkSql.render("select extract_all('(\\d+)', 'it''s 1')");
    assertTrue(sql.contains("'(\\\\d+)'"), sql);
    assertTrue(sql.contains("'it\\'s 1'"), sql);
  }

  @Test
  void aDetectionKeepsItsHeader() {
    String sql = SparkSql.detection("SMB-NTLM-unknown-remote");
    assertTrue(sql.startsWith("-- title: SMB & NTLM"), sql);
    assertTrue(sql.contains("`make_set`(`RemotePort`) `set_RemotePort`"), sql);
  }

  @Test
  void anUnknownDetectionIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparkSql.detection("no-such-hunt"));
    assertEquals("no detection named 'no-such-hunt'", e.getMessage());
  }
}
