package dev.huntsql.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.Function1;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction1;

/**
 * The Spark function builder of one SQL name: for each call it picks the overload whose
 * parameters the arguments fit best (by count, then by type), packs a varargs tail into an array
 * of text, appends the query's start time for a function that reads the clock, and builds that
 * overload's expression.
 */
final class Overloads extends AbstractFunction1<Seq<Expression>, Expression> {
  /** A Spark builder for one library signature. */
  record Overload(Class<?>[] parameters, boolean varargs, boolean clock,
      Function1<Seq<Expression>, Expression> builder) {
    boolean accepts(int count) {
      return varargs ? count >= parameters.length - 1 : count == parameters.length;
    }

    Class<?> parameter(int i) {
      return varargs && i >= parameters.length - 1
          ? parameters[parameters.length - 1].getComponentType() : parameters[i];
    }
  }

  /** Spark's own builders this one composes with: array(...), current_timestamp(), text(x). */
  record Helpers(Function1<Seq<Expression>, Expression> array,
      Function1<Seq<Expression>, Expression> now, Function1<Seq<Expression>, Expression> text) {}

  private final String name;
  private final List<Overload> overloads;
  private final Helpers helpers;

  Overloads(String name, List<Overload> overloads, Helpers helpers) {
    this.name = name;
    this.overloads = List.copyOf(overloads);
    this.helpers = helpers;
  }

  @Override
  public Expression apply(Seq<Expression> children) {
    List<Expression> args = new ArrayList<>(CollectionConverters.asJava(children));
    Overload chosen = choose(args);
    List<Expression> built = new ArrayList<>();
    int fixed = chosen.varargs() ? chosen.parameters().length - 1 : args.size();
    built.addAll(args.subList(0, fixed));
    if (chosen.varargs()) {
      List<Expression> rest = new ArrayList<>();
      for (Expression arg : args.subList(fixed, args.size())) {
        rest.add(helpers.text().apply(seq(List.of(arg))));
      }
      built.add(helpers.array().apply(seq(rest)));
    }
    if (chosen.clock()) {
      built.add(helpers.now().apply(seq(List.of())));
    }
    return chosen.builder().apply(seq(built));
  }

  private Overload choose(List<Expression> args) {
    Overload best = null;
    int bestFit = -1;
    for (Overload overload : overloads) {
      if (!overload.accepts(args.size())) {
        continue;
      }
      int fit = 0;
      for (int i = 0; i < args.size(); i++) {
        fit += SparkTypes.fit(overload.parameter(i), typeOf(args.get(i)));
      }
      if (fit > bestFit) {
        best = overload;
        bestFit = fit;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException(name + " does not take " + args.size() + " argument"
          + (args.size() == 1 ? "" : "s") + "; it takes " + arities());
    }
    return best;
  }

  private String arities() {
    return Arrays.toString(overloads.stream()
        .map(o -> o.varargs()
            ? (o.parameters().length - 1) + " or more" : String.valueOf(o.parameters().length))
        .distinct().toArray());
  }

  /** An argument's type once Spark has resolved it; before that, one that fits anything. */
  private static DataType typeOf(Expression arg) {
    return arg.resolved() ? arg.dataType() : DataTypes.NullType;
  }

  private static Seq<Expression> seq(List<Expression> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
