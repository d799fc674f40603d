package dev.huntsql.functions.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JsonFunctionsTest {
  private static final String FIELDS = "{\"SignatureName\":\"SMB_Client\","
      + "\"SignatureMatchedContent\":\"%FFSMB\","
      + "\"Source Mac\":\"00:11:22:33:44:55\","
      + "\"uniqueEventsAggregated\":3,"
      + "\"ratio\":0.5,"
      + "\"big\":1e20,"
      + "\"ok\":true,"
      + "\"none\":null,"
      + "\"a.b\":\"dotted\","
      + "\"ports\":[139,445,{\"p\":3389}],"
      + "\"bag\":{\"x\":{\"y\":\"z\"}},"
      + "\"inner\":\"{\\\"Port\\\":445,\\\"Tags\\\":[\\\"t1\\\",\\\"t2\\\"]}\","
      + "\"innerList\":\"[{\\\"k\\\":\\\"v\\\"}]\","
      + "\"notJson\":\"{oops\"}";

  @Test
  void parseJson() {
    assertEquals("{\"a\":[1,2]}", JsonFunctions.parseJson("{ \"a\" : [1, 2] }"));
    assertEquals("[1,\"a\"]", JsonFunctions.toDynamic(" [1, \"a\"] "));
    assertEquals("123", JsonFunctions.parseJson("123"));
    assertEquals("\"abc\"", JsonFunctions.parseJson("\"abc\""));
    assertEquals("true", JsonFunctions.parseJson("true"));
    // Invalid JSON stays the original string; '' and JSON null are null (SEMANTICS.md).
    assertEquals("hello", JsonFunctions.parseJson("hello"));
    assertEquals("{\"a\":1", JsonFunctions.parseJson("{\"a\":1"));
    assertEquals("{\"a\":1} x", JsonFunctions.parseJson("{\"a\":1} x"));
    assertEquals("[1] [2]", JsonFunctions.parseJson("[1] [2]"));
    assertEquals("{'a':1}", JsonFunctions.parseJson("{'a':1}"));
    assertEquals("   ", JsonFunctions.parseJson("   "));
    assertEquals("nothing", JsonFunctions.parseJson("nothing"));
    assertEquals("true false", JsonFunctions.parseJson("true false"));
    assertEquals("false", JsonFunctions.parseJson("\tfalse\n"));
    assertNull(JsonFunctions.parseJson(" null "));
    assertNull(JsonFunctions.parseJson(""));
    assertNull(JsonFunctions.parseJson("null"));
    assertNull(JsonFunctions.parseJson(null));
  }

  @Test
  void jsonGetFollowsTostringRules() {
    assertEquals("SMB_Client", JsonFunctions.jsonGet(FIELDS, "SignatureName"));
    assertEquals("%FFSMB", JsonFunctions.jsonGet(FIELDS, "SignatureMatchedContent"));
    assertEquals("3", JsonFunctions.jsonGet(FIELDS, "uniqueEventsAggregated"));
    assertEquals("0.5", JsonFunctions.jsonGet(FIELDS, "ratio"));
    assertEquals("1E+20", JsonFunctions.jsonGet(FIELDS, "big"));
    assertEquals("true", JsonFunctions.jsonGet(FIELDS, "ok"));
    assertEquals("[139,445,{\"p\":3389}]", JsonFunctions.jsonGet(FIELDS, "ports"));
    assertEquals("{\"y\":\"z\"}", JsonFunctions.jsonGet(FIELDS, "bag.x"));
    // Missing keys and JSON null give '' (tostring(null) is '' in KQL).
    assertEquals("", JsonFunctions.jsonGet(FIELDS, "none"));
    assertEquals("", JsonFunctions.jsonGet(FIELDS, "Missing"));
    assertEquals("", JsonFunctions.jsonGet(FIELDS, "signaturename"));
    assertEquals("", JsonFunctions.jsonGet(FIELDS, "SignatureName.deeper"));
  }

  @Test
  void jsonGetPaths() {
    assertEquals("00:11:22:33:44:55", JsonFunctions.jsonGet(FIELDS, "Source Mac"));
    assertEquals("00:11:22:33:44:55", JsonFunctions.jsonGet(FIELDS, "['Source Mac']"));
    assertEquals("00:11:22:33:44:55", JsonFunctions.jsonGet(FIELDS, "[\"Source Mac\"]"));
    assertEquals("dotted", JsonFunctions.jsonGet(FIELDS, "['a.b']"));
    assertEquals("139", JsonFunctions.jsonGet(FIELDS, "ports[0]"));
    assertEquals("3389", JsonFunctions.jsonGet(FIELDS, "ports[2].p"));
    assertEquals("3389", JsonFunctions.jsonGet(FIELDS, "ports[-1].p"));
    assertEquals("3389", JsonFunctions.jsonGet(FIELDS, "$.ports[2]['p']"));
    assertEquals("", JsonFunctions.jsonGet(FIELDS, "ports[3]"));
    assertEquals("", JsonFunctions.jsonGet(FIELDS, "ports[-4]"));
    assertEquals("z", JsonFunctions.jsonGet(FIELDS, "bag.x.y"));
    assertEquals("z", JsonFunctions.jsonGet(FIELDS, "bag['x'][\"y\"]"));
    assertEquals("it's", JsonFunctions.jsonGet("{\"q'\":\"it's\"}", "['q\\'']"));
    assertEquals("2", JsonFunctions.jsonGet("[1,2]", "[1]"));
    assertEquals("[1,2]", JsonFunctions.jsonGet(" [1, 2] ", ""));
    assertEquals("[1,2]", JsonFunctions.jsonGet("[1,2]", "$"));
    // Invalid paths are NULL, not ''.
    assertNull(JsonFunctions.jsonGet(FIELDS, "a..b"));
    assertNull(JsonFunctions.jsonGet(FIELDS, "ports[x]"));
    assertNull(JsonFunctions.jsonGet(FIELDS, "ports[0]p"));
    assertNull(JsonFunctions.jsonGet(FIELDS, "['unclosed"));
    assertNull(JsonFunctions.jsonGet(FIELDS, ".lead"));
    assertNull(JsonFunctions.jsonGet(FIELDS, "trail."));
    assertNull(JsonFunctions.jsonGet(FIELDS, null));
    assertNull(JsonFunctions.jsonGet(null, "a"));
  }

  @Test
  void jsonGetDescendsIntoJsonHeldInStrings() {
    assertEquals("445", JsonFunctions.jsonGet(FIELDS, "inner.Port"));
    assertEquals("t2", JsonFunctions.jsonGet(FIELDS, "inner.Tags[1]"));
    assertEquals("v", JsonFunctions.jsonGet(FIELDS, "innerList[0].k"));
    // At the end of the path a string is returned as it is, JSON or not.
    assertEquals("{\"Port\":445,\"Tags\":[\"t1\",\"t2\"]}", JsonFunctions.jsonGet(FIELDS, "inner"));
    assertEquals("", JsonFunctions.jsonGet(FIELDS, "notJson.x"));
    // A whole document that is a JSON string of JSON text.
    assertEquals("1", JsonFunctions.jsonGet("\"{\\\"a\\\":1}\"", "a"));
  }

  @Test
  void jsonGetOnTextThatIsNotJson() {
    // parse_json keeps such text as a string: the whole value is the text, any key is missing.
    assertEquals("plain text", JsonFunctions.jsonGet("plain text", ""));
    assertEquals("", JsonFunctions.jsonGet("plain text", "a"));
    assertEquals("", JsonFunctions.jsonGet("{\"a\":1", "a"));
    assertEquals("", JsonFunctions.jsonGet("", "a"));
  }

  @Test
  void deepNestingIsNotAnError() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertEquals(deep, JsonFunctions.parseJson(deep));
    assertEquals("", JsonFunctions.jsonGet(deep, "[0]"));
    assertNull(JsonFunctions.arrayLength(deep));
  }

  @Test
  void arrays() {
    assertEquals(3L, JsonFunctions.arrayLength("[\"a\",\"b\",\"c\"]"));
    assertEquals(0L, JsonFunctions.arrayLength("[]"));
    assertEquals(2L, JsonFunctions.arrayLength("\"[1,2]\""));
    assertNull(JsonFunctions.arrayLength("{\"a\":1}"));
    assertNull(JsonFunctions.arrayLength("abc"));
    assertNull(JsonFunctions.arrayLength(null));

    assertEquals(true, JsonFunctions.jsonArrayContains("[139, \"445\"]", "139"));
    assertEquals(true, JsonFunctions.jsonArrayContains("[139, \"445\"]", "445"));
    assertEquals(false, JsonFunctions.jsonArrayContains("[139, \"445\"]", "44"));
    assertEquals(false, JsonFunctions.jsonArrayContains("[\"A\"]", "a"));
    assertEquals(true, JsonFunctions.jsonArrayContains("[[1,2]]", "[1,2]"));
    assertEquals(false, JsonFunctions.jsonArrayContains("[null]", ""));
    assertNull(JsonFunctions.jsonArrayContains("{\"a\":1}", "1"));
    assertNull(JsonFunctions.jsonArrayContains("[1]", null));
  }

  @Test
  void bagKeys() {
    assertEquals("[\"a\",\"b\"]", JsonFunctions.bagKeys("{\"a\":1,\"b\":{\"c\":2}}"));
    assertEquals("[]", JsonFunctions.bagKeys("{}"));
    assertEquals("[\"q\\\"k\"]", JsonFunctions.bagKeys("{\"q\\\"k\":1}"));
    assertNull(JsonFunctions.bagKeys("[1]"));
    assertNull(JsonFunctions.bagKeys("x"));
  }
}
