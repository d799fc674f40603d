package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The SQL forms docs/KQL-TO-SQL.md gives for KQL idioms, run on a small table. */
class KqlTranslationTest {
  @TempDir
  Path dir;

  private SqlFixture logons() {
    return SqlFixture.in(dir).file("DeviceLogonEvents.json",
        "{\"Timestamp\":\"2025-09-01T10:00:00Z\",\"DeviceName\":\"a\",\"AccountName\":\"alice\",\"LogonType\":\"Network\"}",
        "{\"Timestamp\":\"2025-09-01T12:00:00Z\",\"DeviceName\":\"a\",\"AccountName\":\"bob\",\"LogonType\":\"Interactive\"}",
        "{\"Timestamp\":\"2025-09-01T11:00:00Z\",\"DeviceName\":\"b\",\"AccountName\":\"carol\",\"LogonType\":\"Network\"}",
        "{\"Timestamp\":null,\"DeviceName\":\"b\",\"AccountName\":\"dave\",\"LogonType\":\"Network\"}");
  }

  @Test
  void functionNamesResolveInAnyLetterCase() {
    SqlFixture.in(dir).returns("select IPV4_IS_PRIVATE('10.0.0.1') as a, Strcat('x', 1) as b, HAS('ws2.contoso.com', 'WS2') as c",
        "a=true; b=x1; c=true");
  }

  @Test
  void argMaxIsTheFirstRowOfEachGroupByRowNumber() {
    // KQL: DeviceLogonEvents | summarize arg_max(Timestamp, *) by DeviceName
    // The latest logon per device; a null Timestamp loses to any time (KQL: non-null beats null).
    logons().returns("select DeviceName, AccountName from ("
            + " select *, row_number() over (partition by DeviceName order by Timestamp desc nulls last) as rn"
            + " from DeviceLogonEvents) where rn = 1 order by DeviceName",
        "DeviceName=a; AccountName=bob", "DeviceName=b; AccountName=carol");
  }

  @Test
  void summarizeWithKqlAggregates() {
    // KQL: summarize dcount(AccountName), make_set(LogonType), countif(LogonType == "Network") by DeviceName
    logons().returns("select DeviceName, dcount(AccountName) as accounts, make_set(LogonType) as types,"
            + " countif(LogonType = 'Network') as network from DeviceLogonEvents group by DeviceName order by DeviceName",
        "DeviceName=a; accounts=2; types=[\"Interactive\",\"Network\"]; network=1",
        "DeviceName=b; accounts=2; types=[\"Network\"]; network=2");
  }

  @Test
  void setsOfDatetimesHoldDatetimes() {
    // KQL: summarize make_set(Timestamp), make_list(Timestamp) by DeviceName: datetimes, not numbers;
    // the null Timestamp of dave's logon is left out, as aggregates skip nulls.
    logons().returns("select DeviceName, make_set(Timestamp) as times, make_list(Timestamp) as listed,"
            + " dcount(Timestamp) as n from DeviceLogonEvents group by DeviceName order by DeviceName",
        "DeviceName=a; times=[\"2025-09-01T10:00:00Z\",\"2025-09-01T12:00:00Z\"];"
            + " listed=[\"2025-09-01T10:00:00Z\",\"2025-09-01T12:00:00Z\"]; n=2",
        "DeviceName=b; times=[\"2025-09-01T11:00:00Z\"]; listed=[\"2025-09-01T11:00:00Z\"]; n=1");
  }

  @Test
  void binAndTimeFilters() {
    // KQL: where Timestamp > datetime(2025-09-01 10:30) | summarize count() by bin(Timestamp, 1h)
    logons().returns("select bin(Timestamp, '1h') as hr, count(*) as n from DeviceLogonEvents"
            + " where Timestamp > TIMESTAMP '2025-09-01 10:30:00' group by bin(Timestamp, '1h') order by hr",
        "hr=2025-09-01 11:00:00.000; n=1", "hr=2025-09-01 12:00:00.000; n=1");
  }

  @Test
  void datetimePartsByHourOfDay() {
    // KQL: where isnotnull(Timestamp) | summarize count() by hourofday(Timestamp), datetime_part("year", Timestamp)
    // The null Timestamp of dave's logon is its own group in SQL (KQL's by-clause keeps it too).
    logons().returns("select hourofday(Timestamp) as h, datetime_part('year', Timestamp) as y, count(*) as n"
            + " from DeviceLogonEvents group by hourofday(Timestamp), datetime_part('year', Timestamp) order by h",
        "h=null; y=null; n=1", "h=10; y=2025; n=1", "h=11; y=2025; n=1", "h=12; y=2025; n=1");
  }

  @Test
  void iffPicksABranchAndComputesOnlyThatOne() {
    // KQL: extend kind = iff(LogonType == "Network", "net", "other"); a null condition takes the else branch.
    logons().returns("select AccountName, iff(LogonType = 'Network', 'net', 'other') as kind,"
            + " iff(Timestamp > TIMESTAMP '2025-09-01 10:30:00', 1, 0) as late from DeviceLogonEvents order by AccountName",
        "AccountName=alice; kind=net; late=0", "AccountName=bob; kind=other; late=1",
        "AccountName=carol; kind=net; late=1", "AccountName=dave; kind=net; late=0");
    // The else branch would divide by zero on every row; it is never computed.
    logons().returns("select count(*) as n from DeviceLogonEvents"
            + " where iff(AccountName <> '', 1, 1 / (char_length(AccountName) - char_length(AccountName))) = 1",
        "n=4");
  }

  @Test
  void iffIsTypedAsACase() {
    // Nested, and in any letter case; text with a number is text, as in a CASE.
    logons().returns("select AccountName, IFF(LogonType = 'Network', iff(DeviceName = 'a', 'a-net', 'b-net'), 'local') as k,"
            + " iff(AccountName = 'bob', 'x', 1) as t from DeviceLogonEvents order by AccountName",
        "AccountName=alice; k=a-net; t=1", "AccountName=bob; k=local; t=x",
        "AccountName=carol; k=b-net; t=1", "AccountName=dave; k=b-net; t=1");
    // A bare NULL condition takes the else branch, also in a CASE or iff nested in another's branch.
    logons().returns("select iff(true, iff(null, 'c', 'd'), 'e') as i,"
            + " case when true then case when null then 'c' else 'd' end else 'e' end as c"
            + " from DeviceLogonEvents where AccountName = 'bob'",
        "i=d; c=d");
    // A condition that is not a boolean, and branches that do not mix, are errors at the call
    // (they were runtime casts to whichever overload Calcite picked: "Invalid DATE value, 'a'").
    assertMessage(() -> logons().rows("select iff(1, 'a', 'b') from DeviceLogonEvents"), "Expected a boolean type");
    assertMessage(() -> logons().rows("select iff(LogonType = 'Network', 1, true) from DeviceLogonEvents"),
        "Illegal mixing of types in CASE or COALESCE statement");
    // Other arities are not an iff: the usual "no match" names the function.
    assertMessage(() -> logons().rows("select iff(true, 'a') from DeviceLogonEvents"),
        "No match found for function signature iff(<BOOLEAN>, <CHARACTER>)");
  }

  @Test
  void textBranchesOfDifferentLengthsAreNotPadded() {
    // Calcite's default types a CASE of 'a' and 'bbb' as CHAR(3), 'a  '; SQL engines and KQL say 'a'.
    logons().returns("select '<' || iff(AccountName = 'bob', 'net', 'other') || '>' as k,"
            + " '<' || case when AccountName = 'bob' then 'a' else 'bbb' end || '>' as c"
            + " from DeviceLogonEvents where AccountName in ('alice', 'bob') order by AccountName",
        "k=<other>; c=<bbb>", "k=<net>; c=<a>");
    logons().returns("select count(*) as n from DeviceLogonEvents where iff(LogonType = 'Network', 'net', 'other') = 'net'",
        "n=3");
    logons().returns("select '<' || x || '>' as x from (select 'a' as x union all select 'bbb') order by 1",
        "x=<a>", "x=<bbb>");
  }

  private static void assertMessage(Executable query, String expected) {
    AssertionError error = assertThrows(AssertionError.class, query);
    assertTrue(error.getMessage().contains(expected), error.getMessage());
  }
}
