package dev.huntsql.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;

class KqlFriendlySqlTest {
  private static String rewrite(String sql) {
    return KqlFriendlySql.of(sql).rewritten();
  }

  private static String parse(String sql) throws SqlParseException {
    SqlParser.Config config = SqlParser.config().withParserFactory(HuntSqlParserFactory.FACTORY);
    SqlNode node = SqlParser.create(sql, config).parseQuery();
    return node.toString().replace('\n', ' ');
  }

  @Test
  void timestampColumnIsQuotedButLiteralsAndCastsStayKeywords() {
    assertEquals("select \"Timestamp\" from t", rewrite("select Timestamp from t"));
    assertEquals("where \"timestamp\" > TIMESTAMP '2025-09-01 00:00:00'",
        rewrite("where timestamp > TIMESTAMP '2025-09-01 00:00:00'"));
    assertEquals("select cast(x as timestamp), y as \"Timestamp\" from t",
        rewrite("select cast(x as timestamp), y as Timestamp from t"));
    assertEquals("select cast(cast(a as varchar) as TIMESTAMP) from t",
        rewrite("select cast(cast(a as varchar) as TIMESTAMP) from t"));
  }

  @Test
  void userIsAColumnNotTheSessionUser() {
    assertEquals("select \"user\", current_user from t", rewrite("select user, current_user from t"));
  }

  @Test
  void kqlFunctionNamesThatSqlReservesBecomeCalls() {
    assertEquals("select \"contains\"(a, 'x'), \"any\"(b) from t", rewrite("select contains(a, 'x'), any(b) from t"));
    assertEquals("select \"extract\"('re', 1, a) from t", rewrite("select extract('re', 1, a) from t"));
    assertEquals("select extract(year from ts) from t", rewrite("select extract(year from ts) from t"));
    assertEquals("select a from t where x = any (select b from u)", rewrite("select a from t where x = any (select b from u)"));
  }

  @Test
  void stringsCommentsAndQuotedNamesAreLeftAlone() {
    String sql = "select 'Timestamp user', \"Timestamp\" -- user\n/* contains( */ from t";
    assertEquals(sql, rewrite(sql));
  }

  @Test
  void everyCaseParsesWithCalcitesCoreParser() throws SqlParseException {
    assertEquals("SELECT `Timestamp` FROM `T`", parse("select Timestamp from t"));
    assertEquals("SELECT `user` FROM `T`", parse("select user from t"));
    assertEquals("SELECT `contains`(`A`, 'x') FROM `T`", parse("select contains(a, 'x') from t"));
    assertEquals("SELECT `extract`('re', 1, `A`) FROM `T`", parse("select extract('re', 1, a) from t"));
    assertEquals("SELECT `any`(`A`) FROM `T`", parse("select any(a) from t"));
    assertEquals("SELECT *\nFROM `T`\nWHERE `Timestamp` > TIMESTAMP '2025-09-01 00:00:00'".replace('\n', ' '),
        parse("select * from t where Timestamp > TIMESTAMP '2025-09-01 00:00:00'"));
  }

  @Test
  void positionsMapBackToTheTextTheAnalystTyped() {
    KqlFriendlySql sql = KqlFriendlySql.of("select Timestamp, bogus from t");
    // "bogus" starts at offset 18 in the original and at 20 once Timestamp is quoted.
    assertEquals(20, sql.rewritten().indexOf("bogus"));
    assertEquals(18, sql.originalOffset(20));
    assertEquals(18, sql.originalOffset(1, 21));
    KqlFriendlySql twoLines = KqlFriendlySql.of("select user\nfrom t where Timestamp > 1 and oops");
    int rewrittenOops = twoLines.rewritten().indexOf("oops");
    assertEquals(twoLines.original().indexOf("oops"), twoLines.originalOffset(rewrittenOops));
  }
}
