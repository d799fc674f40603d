package dev.huntsql.engine.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.huntsql.engine.schema.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes events as JSON lines, one object per line with every documented column (nulls included). */
final class JsonLinesWriter implements EventWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private final CountingOutputStream out;
  private final JsonGenerator json;
  private final SerializedString[] names;
  private final TimestampText timestamps = new TimestampText();

  JsonLinesWriter(OutputStream target, List<Column> columns) throws IOException {
    this.out = new CountingOutputStream(target);
    this.json = JSON.createGenerator(out);
    json.setRootValueSeparator(null);
    names = new SerializedString[columns.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = new SerializedString(columns.get(i).name());
    }
  }

  @Override
  public void write(EventRow row) throws IOException {
    json.writeStartObject();
    for (int i = 0; i < names.length; i++) {
      json.writeFieldName(names[i]);
      switch (row.kind(i)) {
        case EventRow.STRING:
          json.writeString(row.stringAt(i));
          break;
        case EventRow.NUMBER:
          json.writeNumber(row.numberAt(i));
          break;
        case EventRow.BOOL:
          json.writeBoolean(row.numberAt(i) != 0);
          break;
        case EventRow.TIME:
          json.writeString(timestamps.format(row.numberAt(i), row.ticksAt(i)), 0, TimestampText.LENGTH);
          break;
        default:
          json.writeNull();
      }
    }
    json.writeEndObject();
    json.writeRaw('\n');
  }

  @Override
  public long bytes() {
    return out.count();
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
