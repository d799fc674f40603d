package dev.huntsql.engine.calcite;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * A plain {@link RelRule.Config}: the operands, a description and how to make the rule. Calcite's
 * own rules generate theirs with an annotation processor; two small rules do not need one.
 */
final class RuleConfig implements RelRule.Config {
  private final RelRule.OperandTransform operands;
  private final String description;
  private final RelBuilderFactory relBuilderFactory;
  private final Function<RuleConfig, RelOptRule> factory;

  RuleConfig(RelRule.OperandTransform operands, String description, Function<RuleConfig, RelOptRule> factory) {
    this(operands, description, RelFactories.LOGICAL_BUILDER, factory);
  }

  private RuleConfig(RelRule.OperandTransform operands, String description, RelBuilderFactory relBuilderFactory,
      Function<RuleConfig, RelOptRule> factory) {
    this.operands = operands;
    this.description = description;
    this.relBuilderFactory = relBuilderFactory;
    this.factory = factory;
  }

  @Override
  public RelOptRule toRule() {
    return factory.apply(this);
  }

  @Override
  public RelBuilderFactory relBuilderFactory() {
    return relBuilderFactory;
  }

  @Override
  public RelRule.Config withRelBuilderFactory(RelBuilderFactory relBuilderFactory) {
    return new RuleConfig(operands, description, relBuilderFactory, factory);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public RelRule.Config withDescription(String description) {
    return new RuleConfig(operands, description, relBuilderFactory, factory);
  }

  @Override
  public RelRule.OperandTransform operandSupplier() {
    return operands;
  }

  @Override
  public RelRule.Config withOperandSupplier(RelRule.OperandTransform operands) {
    return new RuleConfig(operands, description, relBuilderFactory, factory);
  }
}
