package dev.huntsql.engine.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParserImplFactory;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;

/**
 * Calcite's core parser behind {@link KqlFriendlySql}, so every way in (CLI, JDBC, the remote
 * server) accepts {@code Timestamp}, {@code user} and KQL function names unquoted.
 */
public final class HuntSqlParserFactory implements SqlParserImplFactory {
  /** The instance Calcite's {@code parserFactory} connection property points at. */
  public static final HuntSqlParserFactory FACTORY = new HuntSqlParserFactory();

  private HuntSqlParserFactory() {}

  @Override
  public SqlAbstractParserImpl getParser(Reader stream) {
    return SqlParserImpl.FACTORY.getParser(new StringReader(KqlFriendlySql.of(read(stream)).rewritten()));
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
