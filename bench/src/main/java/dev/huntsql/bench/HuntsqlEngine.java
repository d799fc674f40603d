package dev.huntsql.bench;

import dev.huntsql.engine.HuntOptions;
import dev.huntsql.engine.HuntSession;
import dev.huntsql.engine.scan.ColumnCache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * huntsql embedded: a {@link HuntSession} over the data set's folder; opening one also empties
 * the column cache that a JVM's sessions share, so that a first run reads the files.
 */
final class HuntsqlEngine implements Engine {
  private HuntSession session;

  @Override
  public String name() {
    return "huntsql";
  }

  @Override
  public void open(DataSet data) throws SQLException {
    close();
    ColumnCache.SHARED.setBudget(0);
    ColumnCache.SHARED.setBudget(Long.getLong("huntsql.cache.bytes", Runtime.getRuntime().maxMemory() / 4));
    session = HuntSession.open(new HuntOptions(data.folder(), null, false));
  }

  @Override
  public Answer run(BenchQuery query) throws SQLException {
    long began = System.nanoTime();
    try (Statement statement = session.connection().createStatement();
        ResultSet rs = session.executeQuery(statement, query.huntsql())) {
      return ResultReader.read(rs, began);
    }
  }

  @Override
  public void close() throws SQLException {
    if (session != null) {
      session.close();
      session = null;
    }
  }
}
