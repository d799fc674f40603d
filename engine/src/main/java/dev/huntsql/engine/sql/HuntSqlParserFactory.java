package dev.huntsql.engine.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserImplFactory;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;

/**
 * Calcite's core parser behind {@link KqlFriendlySql}, so every way in (CLI, JDBC, the remote
 * server) accepts {@code Timestamp}, {@code user} and KQL function names unquoted; what it parses
 * has {@code iff} calls turned into CASE ({@link IffAsCase}).
 */
public final class HuntSqlParserFactory implements SqlParserImplFactory {
  /** The instance Calcite's {@code parserFactory} connection property points at. */
  public static final HuntSqlParserFactory FACTORY = new HuntSqlParserFactory();

  private HuntSqlParserFactory() {}

  @Override
  public SqlAbstractParserImpl getParser(Reader stream) {
    return new IffRewritingParser(new StringReader(KqlFriendlySql.of(read(stream)).rewritten()));
  }

  /**
   * Calcite's parser, its results passed through {@link IffAsCase}, and a statement nested too
   * deeply for the parser's recursion an error that says so (Calcite's has no message at all).
   */
  private static final class IffRewritingParser extends SqlParserImpl {
    static final String TOO_DEEP = "the statement is nested too deeply to parse (thousands of parentheses,"
        + " operators or CASE branches); split it, or use IN (...) for long lists of values";

    IffRewritingParser(Reader reader) {
      super(reader);
    }

    @Override
    public SqlNode parseSqlStmtEof() throws Exception {
      return parse(() -> IffAsCase.rewrite(super.parseSqlStmtEof()));
    }

    @Override
    public SqlNode parseSqlExpressionEof() throws Exception {
      return parse(() -> IffAsCase.rewrite(super.parseSqlExpressionEof()));
    }

    @Override
    public SqlNodeList parseSqlStmtList() throws Exception {
      return parse(() -> (SqlNodeList) IffAsCase.rewrite(super.parseSqlStmtList()));
    }

    private static <T> T parse(Callable<T> parse) throws Exception {
      try {
        return parse.call();
      } catch (StackOverflowError e) {
        throw new SqlParseException(TOO_DEEP, null, null, null, e);
      }
    }
  }

  private static String read(Reader reader) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    try {
      for (int n; (n = reader.read(buffer)) > 0; ) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
