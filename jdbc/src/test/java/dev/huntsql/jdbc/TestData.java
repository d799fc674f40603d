package dev.huntsql.jdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Data folders for the JDBC tests, and results as text lines to compare. */
public final class TestData {
  /** A query over {@link #withEndlessTable} that would scan for minutes: something must stop it. */
  public static final String ENDLESS_QUERY = "select count(*) from Endless where DeviceName like '%never%'";

  private TestData() {}

  /** The repository's sample data folder. */
  public static Path sample() {
    return Path.of("..", "sample-data").toAbsolutePath().normalize();
  }

  /**
   * A folder holding the sample data and table {@code Endless}: tens of millions of records in a
   * small file (one gzip member written many times; gzip readers read concatenated members).
   */
  public static Path withEndlessTable() {
    Path folder = Path.of("target", "endless-data").toAbsolutePath();
    Path file = folder.resolve("Endless.json.gz");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(folder);
        Files.copy(sample().resolve("DeviceNetworkEvents.json"), folder.resolve("DeviceNetworkEvents.json"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
          lines.append("{\"Timestamp\":\"2025-09-01T08:00:00Z\",\"DeviceName\":\"dev-1\"}\n");
        }
        java.io.ByteArrayOutputStream member = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(member)) {
          gzip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = member.toByteArray();
        Path partial = folder.resolve(".Endless.partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
          for (int i = 0; i < 5_000; i++) {
            out.write(bytes);
          }
        }
        Files.move(partial, file);
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a query run on a fresh statement of the connection, as {@link #rows}. */
  public static List<String> query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return rows(statement.executeQuery(sql));
    }
  }

  /** Every row as {@code "COL=value; COL=value"}, values read with getString. */
  public static List<String> rows(ResultSet rows) throws SQLException {
    ResultSetMetaData metaData = rows.getMetaData();
    List<String> lines = new ArrayList<>();
    while (rows.next()) {
      StringBuilder line = new StringBuilder();
      for (int i = 1; i <= metaData.getColumnCount(); i++) {
        line.append(i > 1 ? "; " : "").append(metaData.getColumnLabel(i)).append('=').append(rows.getString(i));
      }
      lines.add(line.toString());
    }
    rows.close();
    return lines;
  }

  /** One column of every row, read with getString. */
  public static List<String> column(ResultSet rows, String label) throws SQLException {
    List<String> values = new ArrayList<>();
    while (rows.next()) {
      values.add(rows.getString(label));
    }
    rows.close();
    return values;
  }
}
