package dev.huntsql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {
  @Test
  void semicolonsInStringsQuotedNamesAndCommentsDoNotEndAStatement() {
    StatementSplitter split = StatementSplitter.split(
        "select ';' as \"a;b\" -- no; end\n/* nor ; here */ from t; select 2;  select 3");
    assertEquals(List.of("select ';' as \"a;b\" -- no; end\n/* nor ; here */ from t", "select 2"), split.statements());
    assertEquals("  select 3", split.rest());
  }

  @Test
  void piecesKnowWhereTheyStart() {
    String text = "select 1;\n\n  select 2;";
    List<StatementSplitter.Piece> pieces = StatementSplitter.split(text).pieces();
    assertEquals(13, pieces.get(1).offset());
    assertEquals("select 2", text.substring(13, 21));
  }

  @Test
  void inputIsCompleteWhenEveryStatementHasItsSemicolon() {
    assertTrue(StatementSplitter.isComplete(""));
    assertTrue(StatementSplitter.isComplete("select 1;"));
    assertTrue(StatementSplitter.isComplete("select 1; -- done"));
    assertTrue(StatementSplitter.isComplete(".tables"));
    assertTrue(StatementSplitter.isComplete(".format csv\nselect 1;"));
    assertFalse(StatementSplitter.isComplete("select 1"));
    assertFalse(StatementSplitter.isComplete("select ';"));
    assertFalse(StatementSplitter.isComplete("select 1; select 2"));
    assertFalse(StatementSplitter.isComplete("select 1 /* ; "));
    assertFalse(StatementSplitter.isComplete(".tables\nselect 1"));
  }

  @Test
  void aLineStartingWithADotInsideAStatementIsNotACommand() {
    assertFalse(StatementSplitter.isComplete("select 1\n.5 as x"));
    assertTrue(StatementSplitter.isComplete("select 1\n.5 as x;"));
  }
}
