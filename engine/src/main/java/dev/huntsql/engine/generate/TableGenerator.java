package dev.huntsql.engine.generate;

/** Produces the events of one Defender table, one row at a time, in time order. */
interface TableGenerator {
  /** Fills the (cleared) row with the next event. */
  void next(EventRow row);
}
