package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Tests that read like the SQL they check: a data folder written by the test, a query, and the
 * rows it must return as {@code "COL=value; COL=value"} lines.
 */
public final class SqlFixture {
  private final Path data;
  private final List<String> warnings = new ArrayList<>();

  private SqlFixture(Path data) {
    this.data = data;
  }

  /** A fixture over a temporary folder; add files with {@link #file}. */
  public static SqlFixture in(Path folder) {
    return new SqlFixture(folder);
  }

  /** Writes a file (UTF-8) under the data folder; lines are joined with LF. */
  public SqlFixture file(String relativePath, String... lines) {
    try {
      Path file = data.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path data() {
    return data;
  }

  /** Writes a file of raw bytes under the data folder. */
  public SqlFixture bytes(String relativePath, byte[] content) {
    try {
      Path file = data.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the query and returns its rows, one string per row. */
  public List<String> rows(String sql) {
    return rows(sql, false);
  }

  /** Runs the query, in strict mode if asked, and returns its rows. */
  public List<String> rows(String sql, boolean strict) {
    try (HuntSession session = HuntSession.open(new HuntOptions(data, null, strict));
        Statement statement = session.connection().createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      List<String> rows = render(resultSet);
      warnings.addAll(session.diagnostics().drain());
      return rows;
    } catch (SQLException e) {
      throw new AssertionError(sql + " failed: " + e.getMessage(), e);
    }
  }

  /** The data problems reported by the queries run so far. */
  public List<String> warnings() {
    return warnings;
  }

  /** Asserts the query returns exactly these rows, in this order. */
  public void returns(String sql, String... expected) {
    assertEquals(List.of(expected), rows(sql), sql);
  }

  static List<String> render(ResultSet resultSet) throws SQLException {
    ResultSetMetaData meta = resultSet.getMetaData();
    List<String> rows = new ArrayList<>();
    while (resultSet.next()) {
      StringBuilder row = new StringBuilder();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        if (i > 1) {
          row.append("; ");
        }
        row.append(meta.getColumnLabel(i)).append('=').append(resultSet.getString(i));
      }
      rows.add(row.toString());
    }
    return rows;
  }
}
