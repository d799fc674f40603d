package dev.huntsql.engine.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
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

  /** Calcite's parser, its results passed through {@link IffAsCase}. */
  private static final class IffRewritingParser extends SqlParserImpl {
    IffRewritingParser(Reader reader) {
      super(reader);
    }

    @Override
    public SqlNode parseSqlStmtEof() throws Exception {
      return IffAsCase.rewrite(super.parseSqlStmtEof());
    }

    @Override
    public SqlNode parseSqlExpressionEof() throws Exception {
      return IffAsCase.rewrite(super.parseSqlExpressionEof());
    }

    @Override
    public SqlNodeList parseSqlStmtList() throws Exception {
      return (SqlNodeList) IffAsCase.rewrite(super.parseSqlStmtList());
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
