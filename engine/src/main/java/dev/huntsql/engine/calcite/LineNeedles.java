package dev.huntsql.engine.calcite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.sql.SqlKind;

/**
 * Finds words that a raw JSON line must hold for any of its records to pass a scan program's
 * filter, for {@code LineFilter} to skip the other lines unparsed. It only claims what is certain:
 * a filter that needs {@code isnotempty(json_get(col, 'Key'))} of a column needs the word
 * {@code Key} in the line, since a JSON key is written with its own
 * characters (or backslash-u escapes, which the line filter looks for); the words of an OR's
 * branches are alternatives, and a branch with no word makes the whole OR claim nothing.
 */
final class LineNeedles {
  /** Keys that are one plain name (a path such as 'a.b' or 'a[0]' is left alone). */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{2,}");

  private LineNeedles() {}

  /** Groups separated by '\n', alternatives by '\t'; null when the filter needs no word. */
  static String of(RexProgram program) {
    if (program == null || program.getCondition() == null) {
      return null;
    }
    List<String> groups = new ArrayList<>();
    for (RexNode conjunct : RelOptUtil.conjunctions(program.expandLocalRef(program.getCondition()))) {
      Set<String> words = wordsOf(conjunct);
      if (words != null) {
        groups.add(String.join("\t", words));
      }
    }
    return groups.isEmpty() ? null : String.join("\n", groups);
  }

  /** Words of which the line must hold at least one when {@code condition} is true; null if none is known. */
  private static Set<String> wordsOf(RexNode condition) {
    if (!(condition instanceof RexCall call)) {
      return null;
    }
    if (call.getKind() == SqlKind.AND) {
      for (RexNode conjunct : call.getOperands()) {
        Set<String> words = wordsOf(conjunct);
        if (words != null) {
          return words;
        }
      }
      return null;
    }
    if (call.getKind() == SqlKind.OR) {
      Set<String> any = new LinkedHashSet<>();
      for (RexNode branch : call.getOperands()) {
        Set<String> words = wordsOf(branch);
        if (words == null) {
          return null;
        }
        any.addAll(words);
      }
      return any;
    }
    // Only isnotempty: json_get answers '' (not NULL) for a missing key, as Kusto does, so
    // "json_get(...) IS NOT NULL" holds for lines without the key.
    boolean presence = call.getOperator().getName().equalsIgnoreCase("isnotempty");
    if (presence && call.getOperands().size() == 1) {
      String key = jsonKey(call.getOperands().get(0));
      return key == null ? null : Set.of(key);
    }
    return null;
  }

  /** The key of {@code json_get(x, 'Key')} (through CASTs) where x is text of the line, or null. */
  private static String jsonKey(RexNode node) {
    RexCall call = jsonGet(node);
    if (call != null && call.getOperands().get(1) instanceof RexLiteral literal && fromTheLine(call.getOperands().get(0))) {
      String key = literal.getValueAs(String.class);
      return key != null && PLAIN_KEY.matcher(key).matches() ? key : null;
    }
    return null;
  }

  /**
   * Whether a value is text read from the record's line: a column, or a value found in one by
   * json_get. Anything built in the query ({@code strcat('{"Key":', ...)}) could hold a key the
   * line does not.
   */
  private static boolean fromTheLine(RexNode node) {
    node = withoutCasts(node);
    if (node instanceof RexInputRef) {
      return true;
    }
    RexCall call = jsonGet(node);
    return call != null && fromTheLine(call.getOperands().get(0));
  }

  private static RexCall jsonGet(RexNode node) {
    node = withoutCasts(node);
    return node instanceof RexCall call && call.getOperator().getName().equalsIgnoreCase("json_get")
        && call.getOperands().size() == 2 ? call : null;
  }

  private static RexNode withoutCasts(RexNode node) {
    while (node.getKind() == SqlKind.CAST) {
      node = ((RexCall) node).getOperands().get(0);
    }
    return node;
  }
}
