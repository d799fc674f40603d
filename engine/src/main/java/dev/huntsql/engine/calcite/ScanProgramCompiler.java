package dev.huntsql.engine.calcite;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.ParameterExpression;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.sql.validate.SqlConformance;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * Generates, for a scan's program, a function from a row of the scan's fields to the program's
 * output row, or null when the program's filter rejects the row. The scan's worker threads call
 * it, so filters and function calls over the scan's columns run on every core.
 */
final class ScanProgramCompiler {
  /** Scan programs never hold correlation variables (the rule that makes them checks). */
  private static final Function1<String, RexToLixTranslator.InputGetter> NO_CORRELATION = name -> {
    throw new IllegalStateException("correlation variable " + name + " in a scan program");
  };

  private ScanProgramCompiler() {}

  static Expression rowFunction(EnumerableRelImplementor implementor, RexProgram program, RelDataType fieldsRowType) {
    PhysType input = PhysTypeImpl.of(implementor.getTypeFactory(), fieldsRowType, JavaRowFormat.ARRAY, false);
    PhysType output = PhysTypeImpl.of(implementor.getTypeFactory(), program.getOutputRowType(), JavaRowFormat.ARRAY,
        false);
    SqlConformance conformance =
        (SqlConformance) implementor.map.getOrDefault("_conformance", SqlConformanceEnum.DEFAULT);
    ParameterExpression row = Expressions.parameter(Object[].class, "row");
    RexToLixTranslator.InputGetter getter = new RexToLixTranslator.InputGetterImpl(row, input);
    BlockBuilder body = new BlockBuilder();
    if (program.getCondition() != null) {
      Expression condition = RexToLixTranslator.translateCondition(program, implementor.getTypeFactory(), body,
          getter, NO_CORRELATION, conformance);
      body.add(Expressions.ifThen(Expressions.not(condition), Expressions.return_(null, Expressions.constant(null))));
    }
    List<Expression> values = RexToLixTranslator.translateProjects(program, implementor.getTypeFactory(),
        conformance, body, null, output, implementor.getRootExpression(), getter, NO_CORRELATION);
    body.add(Expressions.return_(null, output.record(values)));
    return Expressions.lambda(Function1.class, body.toBlock(), row);
  }
}
