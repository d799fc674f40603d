package dev.huntsql.engine.scan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Rows of a whole JSON document (a pretty-printed array of records, an object, an Event Hubs
 * batch), streamed one element of the top-level array at a time. A syntax error ends the file:
 * the records before it are kept, and the damage is reported with its line.
 */
final class JsonDocumentSource implements RowSource {
  private final InputStream in;
  private final JsonParser parser;
  private final RecordDecoder decoder;
  private final Path file;
  private final Diagnostics diagnostics;
  private boolean inTopLevelArray;

  JsonDocumentSource(InputStream in, RecordDecoder decoder, Path file, Diagnostics diagnostics) throws IOException {
    this.in = in;
    this.parser = EventScan.JSON.createParser(in);
    this.decoder = decoder;
    this.file = file;
    this.diagnostics = diagnostics;
  }

  @Override
  public boolean readNext(Consumer<Object[]> rows) throws IOException {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return false;
      }
      if (token == JsonToken.START_ARRAY && !inTopLevelArray && parser.getParsingContext().getParent().inRoot()) {
        inTopLevelArray = true;
        return true;
      }
      if (token == JsonToken.END_ARRAY && inTopLevelArray) {
        inTopLevelArray = false;
        return true;
      }
      decoder.decodeValue(parser, token, rows);
    } catch (JsonProcessingException e) {
      diagnostics.badRecord(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "malformed JSON, the rest of this file is skipped: " + JsonMessages.plain(e.getOriginalMessage()));
      return false;
    } finally {
      String invalid = decoder.takeInvalidValues();
      if (invalid != null) {
        diagnostics.badValue(file, line(), invalid);
      }
    }
    return true;
  }

  @Override
  public long line() {
    return parser.currentLocation().getLineNr();
  }

  @Override
  public void close() throws IOException {
    parser.close();
    in.close();
  }
}
