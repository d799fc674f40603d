package dev.huntsql.functions;

import java.util.List;

/**
 * The registry: every class whose annotated members make up huntsql's function library.
 *
 * <p>Adding a function touches its class, this list when the class is new, and a test.
 */
public final class FunctionLibrary {
  private FunctionLibrary() {}

  /** Classes holding {@link HuntFunction} static methods. */
  public static final List<Class<?>> SCALAR_CLASSES = List.of(
      dev.huntsql.functions.ip.IpFunctions.class,
      dev.huntsql.functions.text.StringFunctions.class,
      dev.huntsql.functions.json.JsonFunctions.class,
      dev.huntsql.functions.packet.PacketFunctions.class,
      dev.huntsql.functions.geo.GeoFunctions.class,
      dev.huntsql.functions.time.TimeFunctions.class,
      dev.huntsql.functions.time.CalendarFunctions.class,
      dev.huntsql.functions.convert.ConversionFunctions.class,
      dev.huntsql.functions.logic.ConditionalFunctions.class);

  /** Classes annotated with {@link HuntAggregate}. */
  public static final List<Class<?>> AGGREGATE_CLASSES = List.of(
      dev.huntsql.functions.aggregate.MakeSet.class,
      dev.huntsql.functions.aggregate.MakeSetWithMax.class,
      dev.huntsql.functions.aggregate.MakeSetIf.class,
      dev.huntsql.functions.aggregate.MakeSetIfWithMax.class,
      dev.huntsql.functions.aggregate.MakeList.class,
      dev.huntsql.functions.aggregate.MakeListWithMax.class,
      dev.huntsql.functions.aggregate.MakeListIf.class,
      dev.huntsql.functions.aggregate.MakeListIfWithMax.class,
      dev.huntsql.functions.aggregate.DCount.class,
      dev.huntsql.functions.aggregate.DCountWithAccuracy.class,
      dev.huntsql.functions.aggregate.DCountIf.class,
      dev.huntsql.functions.aggregate.DCountIfWithAccuracy.class,
      dev.huntsql.functions.aggregate.CountIf.class);
}
