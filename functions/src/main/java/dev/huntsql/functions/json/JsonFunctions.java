package dev.huntsql.functions.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.huntsql.functions.HuntFunction;
import dev.huntsql.functions.text.JsonArrayText;
import java.util.Iterator;

/**
 * KQL's dynamic (JSON) functions over JSON text, plus {@code json_get} for KQL's
 * {@code tostring(parse_json(x).a.b)} idiom.
 *
 * <p>Dynamic values travel as compact JSON text. A NULL argument gives NULL. Wherever a value is
 * navigated, a JSON string that itself holds a JSON object or array is entered as that object or
 * array, so JSON text nested in JSON text (common in Defender's {@code AdditionalFields}) needs
 * no second parse, unlike KQL.
 */
public final class JsonFunctions {
  private JsonFunctions() {}

  @HuntFunction(name = "parse_json",
      description = "The JSON value of the text as compact JSON text; text that is not JSON is "
          + "returned unchanged; '' and JSON null give NULL",
      example = "parse_json('{ \"a\" : [1, 2] }')", result = "{\"a\":[1,2]}", dynamic = true)
  public static String parseJson(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    JsonNode node = JsonValues.parse(text);
    if (node == null) {
      // Kusto's parse_json keeps invalid JSON as a string value: see SEMANTICS.md.
      return text;
    }
    return node.isNull() ? null : JsonValues.write(node);
  }

  @HuntFunction(name = "todynamic",
      description = "Same as parse_json: the JSON value of the text as compact JSON text",
      example = "todynamic('[1, \"a\"]')", result = "[1,\"a\"]", dynamic = true)
  public static String toDynamic(String text) {
    return parseJson(text);
  }

  @HuntFunction(name = "json_get",
      description = "The value at a path ('a.b[0]', 'Source Mac', \"['a.b']\") of JSON text, "
          + "with tostring rules: strings raw, objects and arrays as JSON, '' when missing; "
          + "descends into JSON held in strings; NULL for an invalid path",
      example = "json_get('{\"inner\":\"{\\\"Port\\\":445}\"}', 'inner.Port')", result = "445")
  public static String jsonGet(String json, String path) {
    if (json == null || path == null) {
      return null;
    }
    JsonPath.Step[] steps = JsonPath.steps(path);
    if (steps == null) {
      return null;
    }
    // Invalid JSON reads as a string value, as parse_json keeps it; any step into it is missing.
    JsonNode node = JsonValues.parseOrText(json);
    for (JsonPath.Step step : steps) {
      node = JsonValues.unwrap(node);
      if (step.key() != null) {
        node = node.isObject() ? node.get(step.key()) : null;
      } else if (node.isArray()) {
        int i = step.index() < 0 ? node.size() + step.index() : step.index();
        node = i >= 0 && i < node.size() ? node.get(i) : null;
      } else {
        node = null;
      }
      if (node == null) {
        // Kusto: a missing property is null, and tostring(null) is ''.
        return "";
      }
    }
    return JsonValues.toKqlString(node);
  }

  @HuntFunction(name = "array_length",
      description = "The number of elements of a JSON array; NULL when the value is not an array",
      example = "array_length('[\"a\",\"b\",\"c\"]')", result = "3")
  public static Long arrayLength(String json) {
    JsonNode node = container(json);
    return node != null && node.isArray() ? (long) node.size() : null;
  }

  @HuntFunction(name = "bag_keys",
      description = "The keys of a JSON object as a JSON array; NULL when the value is not an "
          + "object",
      example = "bag_keys('{\"a\":1,\"b\":{\"c\":2}}')", result = "[\"a\",\"b\"]",
      dynamic = true)
  public static String bagKeys(String json) {
    JsonNode node = container(json);
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonArrayText out = new JsonArrayText();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      out.add(names.next());
    }
    return out.build();
  }

  @HuntFunction(name = "json_array_contains",
      description = "True when a JSON array has an element whose tostring text equals the value, "
          + "case-sensitive; NULL when the value is NULL or the JSON is not an array",
      example = "json_array_contains('[139, \"445\"]', '139')", result = "true")
  public static Boolean jsonArrayContains(String json, String value) {
    JsonNode node = container(json);
    if (value == null || node == null || !node.isArray()) {
      return null;
    }
    for (JsonNode element : node) {
      if (!element.isNull() && value.equals(JsonValues.toKqlString(element))) {
        return true;
      }
    }
    return false;
  }

  /** The object or array {@code json} holds, directly or as a JSON string of JSON; else null. */
  private static JsonNode container(String json) {
    if (json == null) {
      return null;
    }
    JsonNode node = JsonValues.unwrap(JsonValues.parse(json));
    return node != null && node.isContainerNode() ? node : null;
  }
}
