package dev.huntsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

  @Test
  void helpPrintsTheUsageNotAnUnknownDetection() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(0, SparkSql.run(new String[] {"--help"}, print(out), print(err)));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: SparkSql DETECTION\n"));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, SparkSql.run(new String[] {"--version"}, print(out), print(err)));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8)
        .startsWith("SparkSql: unknown option --version\nusage: SparkSql DETECTION"));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
