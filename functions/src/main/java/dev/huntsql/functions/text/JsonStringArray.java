package dev.huntsql.functions.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON array text of scalars (KQL's dynamic list arguments) into their KQL strings. */
public final class JsonStringArray {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonStringArray() {}

  /**
   * The elements of {@code text} when it is a JSON array of scalars: strings raw, numbers and
   * booleans as their text, JSON null as Java null. Null when {@code text} is anything else.
   */
  public static List<String> parse(String text) {
    if (text == null || !startsWithBracket(text)) {
      return null;
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      List<String> out = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null || t.isStructStart()) {
          return null;
        }
        if (t == JsonToken.VALUE_NULL) {
          out.add(null);
        } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          out.add(KqlStrings.real(p.getDoubleValue()));
        } else {
          out.add(p.getText());
        }
      }
      return p.nextToken() == null ? out : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean startsWithBracket(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '[';
      }
    }
    return false;
  }
}
