package dev.huntsql.functions.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.huntsql.functions.text.KqlStrings;

/** Parses JSON text into trees, renders them back, and applies KQL's tostring rules to them. */
final class JsonValues {
  /** The one mapper of the JSON functions; thread-safe once built. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Reads trees without resolving the target type on every call (that showed in profiles). */
  private static final ObjectReader TREE_READER = MAPPER.readerFor(JsonNode.class);

  /**
   * The last text parsed on this thread and its tree: a hunt asks several fields of the same
   * {@code AdditionalFields} per row, and one parse serves them all.
   */
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  private JsonValues() {}

  /** The JSON value of {@code text}, or null when it is not exactly one valid JSON value. */
  static JsonNode parse(String text) {
    char first = firstNonSpace(text);
    // Plain words are answered without the parser: its exceptions are expensive per row.
    if (first == 't' || first == 'f' || first == 'n') {
      if (isOnly(text, "true")) {
        return BooleanNode.TRUE;
      }
      if (isOnly(text, "false")) {
        return BooleanNode.FALSE;
      }
      return isOnly(text, "null") ? NullNode.instance : null;
    }
    if (first != '{' && first != '[' && first != '"' && first != '-'
        && (first < '0' || first > '9')) {
      return null;
    }
    Object[] last = LAST.get();
    if (last[0] == text) {
      return (JsonNode) last[1];
    }
    JsonNode node;
    try {
      node = TREE_READER.readTree(text);
      node = node == null || node.isMissingNode() ? null : node;
    } catch (java.io.IOException | RuntimeException e) {
      node = null;
    }
    // Trees are only read by the JSON functions, never changed, so sharing one is safe.
    last[0] = text;
    last[1] = node;
    return node;
  }

  /** As {@link #parse}, but a text that is not JSON is the JSON string of that text. */
  static JsonNode parseOrText(String text) {
    JsonNode node = parse(text);
    return node == null ? TextNode.valueOf(text) : node;
  }

  /** The object or array that {@code text} holds as JSON, or null. */
  static JsonNode parseContainer(String text) {
    char first = firstNonSpace(text);
    if (first != '{' && first != '[') {
      return null;
    }
    JsonNode node = parse(text);
    return node != null && node.isContainerNode() ? node : null;
  }

  /**
   * {@code node} itself, or when it is a string holding a JSON object or array, that object or
   * array: JSON text nested in JSON text is reached without a second explicit parse.
   */
  static JsonNode unwrap(JsonNode node) {
    if (node != null && node.isTextual()) {
      JsonNode inner = parseContainer(node.textValue());
      if (inner != null) {
        return inner;
      }
    }
    return node;
  }

  /** Compact JSON text of {@code node}. */
  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  /**
   * KQL's tostring of a dynamic value: a string's raw text, an object's or array's JSON text, a
   * number's or boolean's text, and {@code ''} for JSON null or a missing value.
   */
  static String toKqlString(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "";
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isContainerNode()) {
      return write(node);
    }
    if (node.isFloatingPointNumber()) {
      return KqlStrings.real(node.doubleValue());
    }
    return node.asText();
  }

  /** True when {@code text} is {@code word} with only JSON whitespace around it. */
  private static boolean isOnly(String text, String word) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end - start == word.length() && text.startsWith(word, start);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static char firstNonSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        return c;
      }
    }
    return 0;
  }
}
