package dev.huntsql.engine.schema;

/** A named, typed column of an event table. */
public record Column(String name, ColumnType type) {}
