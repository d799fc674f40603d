package dev.huntsql.engine.calcite;

import dev.huntsql.engine.files.DataDirectory.TableFiles;
import dev.huntsql.engine.scan.Diagnostics;
import dev.huntsql.engine.scan.EventScan;
import dev.huntsql.engine.scan.LineFilter;
import dev.huntsql.engine.scan.ParallelScan;
import dev.huntsql.engine.scan.ScanProgram;
import dev.huntsql.engine.scan.ScanSplit;
import dev.huntsql.engine.scan.ScanStop;
import dev.huntsql.engine.scan.SplitPlanner;
import dev.huntsql.engine.schema.Column;
import dev.huntsql.engine.schema.ColumnType;
import dev.huntsql.engine.schema.DefenderSchemas;
import dev.huntsql.engine.schema.SchemaSampler;
import dev.huntsql.engine.schema.TableSchema;
import dev.huntsql.functions.geo.GeoDatabases;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.schema.QueryableTable;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Schemas;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.linq4j.Queryable;
import org.apache.calcite.linq4j.tree.Expression;
import java.lang.reflect.Type;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One event table: its files, and its columns (the declared Defender schema, opened up with any
 * further columns the files hold). Scans read only the projected columns.
 */
public final class EventTable extends AbstractTable implements TranslatableTable, QueryableTable {
  private final TableFiles files;
  private final Diagnostics diagnostics;
  private volatile TableSchema schema;

  public EventTable(TableFiles files, Diagnostics diagnostics) {
    this.files = files;
    this.diagnostics = diagnostics;
  }

  /** The table's columns, worked out on first use from the declared schema and a sample. */
  public TableSchema schema() {
    TableSchema known = schema;
    if (known == null) {
      List<Column> sampled = SchemaSampler.sample(files.name(), files.files());
      known = DefenderSchemas.find(files.name())
          .map(declared -> declared.withExtraColumns(sampled))
          .orElseGet(() -> new TableSchema(files.name(), sampled))
          .withTimeAliases();
      schema = known;
    }
    return known;
  }

  /** The table's columns if they have been worked out, else null. */
  TableSchema schemaIfKnown() {
    return schema;
  }

  public TableFiles files() {
    return files;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder builder = typeFactory.builder();
    for (Column column : schema().columns()) {
      builder.add(column.name(), typeFactory.createTypeWithNullability(sqlType(typeFactory, column.type()), true));
    }
    return builder.build();
  }

  static RelDataType sqlType(RelDataTypeFactory typeFactory, ColumnType type) {
    switch (type) {
      case INT:
        return typeFactory.createSqlType(SqlTypeName.INTEGER);
      case LONG:
        return typeFactory.createSqlType(SqlTypeName.BIGINT);
      case DOUBLE:
        return typeFactory.createSqlType(SqlTypeName.DOUBLE);
      case BOOL:
        return typeFactory.createSqlType(SqlTypeName.BOOLEAN);
      case DATETIME:
        return typeFactory.createSqlType(SqlTypeName.TIMESTAMP, 3);
      default:
        return typeFactory.createSqlType(SqlTypeName.VARCHAR);
    }
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    int[] all = IntStream.range(0, relOptTable.getRowType().getFieldCount()).toArray();
    return new EventTableScan(context.getCluster(), relOptTable, this, all);
  }

  /** How generated code finds this table at run time. */
  @Override
  public Expression getExpression(SchemaPlus schema, String tableName, Class clazz) {
    return Schemas.tableExpression(schema, getElementType(), tableName, clazz);
  }

  @Override
  public Type getElementType() {
    return Object[].class;
  }

  @Override
  public <T> Queryable<T> asQueryable(QueryProvider queryProvider, SchemaPlus schema, String tableName) {
    throw new UnsupportedOperationException("event tables are scanned through EventTableScan");
  }

  /**
   * The rows of the given columns, called by the code {@link EventTableScan} generates: Object[]
   * rows, or the bare values when {@code scalar}. A {@code program} (or null) turns each row into
   * the query's row, or null to drop it; it runs on the scan's threads. When {@code programKey} is
   * not null (see {@link ProgramKey}) the program's rows are kept in the column cache, so the same
   * query run again over unchanged files skips reading and filtering; {@code lineNeedles} (see
   * {@link LineNeedles}) lets the scan skip JSON lines that cannot pass the program's filter.
   */
  public Enumerable<?> project(DataContext root, int[] projection, Function1<Object[], Object[]> program,
      String programKey, String lineNeedles, boolean scalar) {
    // Geo functions answer from the database in use: rows kept under another one do not count.
    String outputKey = programKey == null ? null : programKey + "@geo" + GeoDatabases.version();
    // -Dhuntsql.scan.skipLines=false parses every line (to compare, or to see every damaged line reported).
    LineFilter lines = Boolean.parseBoolean(System.getProperty("huntsql.scan.skipLines", "true"))
        ? LineFilter.parse(lineNeedles) : null;
    Enumerable<Object[]> rows = rows(root, projection, new ScanProgram(program, outputKey, lines));
    return scalar ? rows.select(row -> row[0]) : rows;
  }

  private Enumerable<Object[]> rows(DataContext root, int[] projection, ScanProgram program) {
    TableSchema columns = schema();
    AtomicBoolean cancelled = DataContext.Variable.CANCEL_FLAG.get(root);
    List<ScanSplit> splits = SplitPlanner.plan(files.files());
    int cores = Runtime.getRuntime().availableProcessors();
    // Small tables are read on the query's own thread: starting workers would cost more.
    boolean parallel = cores > 1 && splits.size() > 1
        && SplitPlanner.totalBytes(files.files()) >= Long.getLong("huntsql.scan.parallelBytes", PARALLEL_BYTES);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        ScanStop stop = new ScanStop(cancelled);
        return parallel ? new ParallelScan(splits, columns, projection, program, diagnostics, stop, cores)
            : new EventScan(splits, columns, projection, program, diagnostics, stop);
      }
    };
  }

  /** Tables at least this large are read on all cores ({@code huntsql.scan.parallelBytes} overrides it). */
  private static final long PARALLEL_BYTES = 16L << 20;
}
