package dev.huntsql.shell.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One JSON object per row keyed by column name: as JSON lines ({@code jsonl}), or as one JSON
 * array ({@code json}). Dynamic columns are embedded as JSON values, not as strings.
 */
final class JsonPrinter implements ResultPrinter {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private final boolean lines;
  private List<ResultColumn> columns;
  private boolean first = true;

  JsonPrinter(boolean lines) {
    this.lines = lines;
  }

  @Override
  public void start(List<ResultColumn> columns, PrintWriter out) {
    this.columns = columns;
    if (!lines) {
      out.print("[");
    }
  }

  @Override
  public void row(Object[] values, PrintWriter out) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.writeStartObject();
      for (int i = 0; i < values.length; i++) {
        json.writeFieldName(columns.get(i).label());
        writeValue(json, values[i], columns.get(i).dynamic());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines) {
      out.print(text);
      out.print('\n');
    } else {
      out.print(first ? "\n" : ",\n");
      out.print(text);
    }
    first = false;
  }

  private static void writeValue(JsonGenerator json, Object value, boolean dynamic) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Number || value instanceof Boolean) {
      json.writeObject(value);
    } else if (dynamic) {
      JsonNode parsed = parse(value.toString());
      if (parsed != null) {
        json.writeTree(parsed);
      } else {
        json.writeString(value.toString());
      }
    } else {
      json.writeString(value.toString());
    }
  }

  /** The JSON the text holds, or null when it is not JSON (a dynamic column can hold plain text). */
  private static JsonNode parse(String text) {
    try {
      return text.isBlank() ? null : MAPPER.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void end(PrintWriter out) {
    if (!lines) {
      out.print(first ? "]\n" : "\n]\n");
    }
    out.flush();
  }

  static {
    MAPPER.getFactory().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
  }
}
