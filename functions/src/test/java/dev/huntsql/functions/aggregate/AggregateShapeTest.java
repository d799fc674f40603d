package dev.huntsql.functions.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.functions.HuntAggregate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every aggregate has the shape Calcite's AggregateFunctionImpl and a Spark adapter expect. */
class AggregateShapeTest {
  static final List<Class<?>> AGGREGATES = List.of(
      MakeSet.class, MakeSetWithMax.class, MakeSetIf.class, MakeSetIfWithMax.class,
      MakeList.class, MakeListWithMax.class, MakeListIf.class, MakeListIfWithMax.class,
      DCount.class, DCountWithAccuracy.class, DCountIf.class, DCountIfWithAccuracy.class,
      CountIf.class);

  @Test
  void eachClassIsAnAnnotatedInitAddMergeResultAggregate() throws Exception {
    for (Class<?> k : AGGREGATES) {
      HuntAggregate doc = k.getAnnotation(HuntAggregate.class);
      assertNotNull(doc, k.getName());
      assertTrue(Modifier.isFinal(k.getModifiers()) && Modifier.isPublic(k.getModifiers()));
      assertTrue(doc.example().startsWith("SELECT " + doc.name() + "("), doc.example());
      assertEquals(doc.name().toLowerCase(), doc.name());
      assertFalse(doc.description().isBlank());
      assertFalse(doc.result().isBlank());
      assertTrue(Modifier.isPublic(k.getConstructor().getModifiers()));

      Method init = only(k, "init");
      Method add = only(k, "add");
      Method merge = only(k, "merge");
      Method result = only(k, "result");
      Class<?> acc = init.getReturnType();
      assertEquals(0, init.getParameterCount());
      assertTrue(Modifier.isPublic(acc.getModifiers()), acc + " must be public for codegen");
      assertTrue(Serializable.class.isAssignableFrom(acc), acc + " must be Serializable");
      assertEquals(acc, add.getReturnType());
      assertEquals(acc, add.getParameterTypes()[0]);
      assertTrue(add.getParameterCount() >= 2, k.getName());
      Arrays.stream(add.getParameterTypes()).forEach(t -> assertFalse(t.isPrimitive()));
      assertEquals(List.of(acc, acc), List.of(merge.getParameterTypes()));
      assertEquals(acc, merge.getReturnType());
      assertEquals(List.of(acc), List.of(result.getParameterTypes()));
      assertEquals(doc.dynamic() ? String.class : Long.class, result.getReturnType());
    }
  }

  @Test
  void accumulatorsSurviveJavaSerialization() throws Exception {
    MakeSet set = new MakeSet();
    assertEquals("[139,445,\"a\"]",
        set.result(roundTrip(set.add(set.add(set.init(), "[445, \"a\"]"), 139))));
    MakeList list = new MakeList();
    assertEquals("[445,139]", list.result(roundTrip(list.add(list.add(list.init(), 445), 139))));

    DCount dcount = new DCount();
    DistinctCounter small = dcount.add(dcount.add(dcount.init(), 1), 2);
    assertEquals(2L, dcount.result(roundTrip(small)));
    DistinctCounter big = dcount.init();
    for (int i = 0; i < 10_000; i++) {
      big = dcount.add(big, i);
    }
    long estimate = dcount.result(big);
    DistinctCounter copy = roundTrip(big);
    assertEquals(estimate, dcount.result(copy));
    assertEquals(estimate, dcount.result(dcount.merge(copy, big)));
  }

  private static Method only(Class<?> k, String name) {
    List<Method> found = Arrays.stream(k.getMethods()).filter(m -> m.getName().equals(name)).toList();
    assertEquals(1, found.size(), k.getName() + "." + name + " must exist once");
    Method m = found.get(0);
    assertFalse(Modifier.isStatic(m.getModifiers()), m + " must be an instance method");
    return m;
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
