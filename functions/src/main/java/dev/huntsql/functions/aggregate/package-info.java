/**
 * KQL's hunting aggregates ({@code make_set}, {@code make_list}, {@code dcount}, their
 * {@code _if} forms and {@code countif}) as engine-neutral accumulator classes.
 *
 * <p>Each class has the shape {@code init/add/merge/result} that Calcite's
 * {@code AggregateFunctionImpl} and a Spark {@code Aggregator} adapter both drive; one
 * {@code add} per class, so each optional-argument form is its own class under the same SQL
 * name. Accumulators are {@link java.io.Serializable} and hold no shared mutable state.
 *
 * <p>Rules decided here (KQL leaves them open or our dynamic values are JSON text):
 * <ul>
 *   <li><b>Nulls</b> are ignored, as are JSON {@code null} elements of a flattened array; a
 *       null predicate counts as false. Empty input gives {@code []} or {@code 0}.</li>
 *   <li><b>Dynamic arrays</b>: KQL's make_set and make_list flatten an array argument into its
 *       elements. Our dynamic values travel as JSON text, so a string whose first character is
 *       {@code [} and which parses as JSON (nothing after the closing bracket) is an array and
 *       is flattened; a string starting with <code>{</code> that parses is one object element.
 *       Any other string, including one that merely looks like a JSON scalar, is a string.
 *       Java collections are arrays too. Nested arrays and objects stay whole elements, equal
 *       when their compact JSON text is equal (key order matters).</li>
 *   <li><b>Canonical values</b>: Byte, Short, Integer, Long and in-range BigInteger are one
 *       64-bit integer (Integer 445 and Long 445 are the same value); Float and Double are a
 *       real ({@code -0.0} is {@code 0.0}); an integral DECIMAL is an integer, another DECIMAL
 *       a real. Integer 445 and real 445.0 stay distinct, as KQL's long and real are distinct
 *       types. Date-times become ISO-8601 UTC text, never the JVM's zone.</li>
 *   <li><b>make_set order</b> (KQL leaves it undefined; ours is deterministic whatever the
 *       input order or merge tree): numbers ascending by value (integer before real on a tie,
 *       NaN last), then strings by UTF-16 code unit (case-sensitive), then {@code false},
 *       {@code true}, then arrays and objects by their JSON text. With {@code max}, the
 *       {@code max} first values in that order are kept (Kusto keeps whichever came first).</li>
 *   <li><b>make_list order</b> is arrival order, so it is only meaningful over ordered input
 *       (in SQL, an {@code ORDER BY} in a subquery that the engine preserves); a merge appends
 *       the second part after the first. With {@code max}, the first {@code max} are kept.</li>
 *   <li><b>max</b>: default and ceiling 1048576 as in Kusto; null means the default; values
 *       below 0 count as 0. It should be a constant; if it varies, the smallest wins.</li>
 *   <li><b>dcount</b> hashes the canonical value (not flattened) to 64 bits; it counts exactly
 *       up to a quarter of the register count (Kusto documents a smaller exact range, 1000
 *       values at accuracy 1 and 8000 at 2; above it both estimate), then estimates with
 *       HyperLogLog, Ertl's improved estimator over 2^p one-byte registers. Accuracy
 *       levels 0..4 use 2^12, 2^14, 2^16, 2^17, 2^18 registers (standard error 1.6%, 0.8%,
 *       0.4%, 0.28%, 0.2%, as Kusto documents); any other level, or a level that differs
 *       between rows, is an error.</li>
 * </ul>
 */
package dev.huntsql.functions.aggregate;
