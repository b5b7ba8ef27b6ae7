package io.hearth.platform.catalog;

/** What the quantity of a service item counts. */
public enum ItemUnit {
    PER_HOUR,
    PER_VISIT,
    PER_SQUARE_METRE,
    PER_PIECE
}
