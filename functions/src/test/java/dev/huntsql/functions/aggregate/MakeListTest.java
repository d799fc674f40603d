package dev.huntsql.functions.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** make_list and make_list_if, driven through init/add/merge/result. */
class MakeListTest {
  private static String makeList(Object... values) {
    MakeList f = new MakeList();
    ListAccumulator acc = f.init();
    for (Object v : values) {
      acc = f.add(acc, v);
    }
    return f.result(acc);
  }

  @Test
  void keepsEveryNonNullValueInArrivalOrder() {
    assertEquals("[445,139,445]", makeList(445, null, 139, 445));
    assertEquals("[\"b\",1,\"a\",true]", makeList("b", 1L, "a", true));
  }

  @Test
  void emptyInputGivesAnEmptyArray() {
    assertEquals("[]", makeList());
    assertEquals("[]", makeList((Object) null));
  }

  @Test
  void flattensJsonArrayText() {
    assertEquals("[3,1,3,\"x\"]", makeList("[3, 1]", 3, "[\"x\", null]"));
  }

  @Test
  void maxKeepsTheFirstArrivals() {
    MakeListWithMax f = new MakeListWithMax();
    ListAccumulator acc = f.init();
    acc = f.add(acc, 445, 2);
    acc = f.add(acc, "[139, 3389]", 2);
    acc = f.add(acc, 1, 2);
    assertEquals("[445,139]", f.result(acc));
  }

  @Test
  void mergeAppendsTheSecondPartAfterTheFirst() {
    MakeList f = new MakeList();
    ListAccumulator a = f.add(f.add(f.init(), 1), 2);
    ListAccumulator b = f.add(f.init(), 3);
    assertEquals("[1,2,3]", f.result(f.merge(a, b)));
  }

  @Test
  void mergeRespectsMax() {
    MakeListWithMax f = new MakeListWithMax();
    ListAccumulator a = f.add(f.add(f.init(), 1, 2), 2, 2);
    ListAccumulator b = f.add(f.init(), 3, 2);
    assertEquals("[1,2]", f.result(f.merge(a, b)));
  }

  @Test
  void makeListIfKeepsRowsWhosePredicateIsTrue() {
    MakeListIf f = new MakeListIf();
    ListAccumulator acc = f.init();
    acc = f.add(acc, 445, true);
    acc = f.add(acc, 53, false);
    acc = f.add(acc, 8080, null);
    acc = f.add(acc, 445, true);
    assertEquals("[445,445]", f.result(acc));
  }

  @Test
  void makeListIfWithMax() {
    MakeListIfWithMax f = new MakeListIfWithMax();
    ListAccumulator acc = f.init();
    acc = f.add(acc, 3389, false, 1);
    acc = f.add(acc, 445, true, 1);
    acc = f.add(acc, 139, true, 1);
    assertEquals("[445]", f.result(acc));
  }
}
