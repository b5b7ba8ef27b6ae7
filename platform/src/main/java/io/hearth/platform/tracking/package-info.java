/**
 * Live tracking (DESIGN.md §6): workers report positions (REST or their WebSocket), rate-limited per worker in
 * Redis; staff see every position of their tenant on the dispatch board; a customer sees the assigned worker's
 * position, distance and ETA only while the worker is on the way (order DEPARTED). Positions live in
 * {@link io.hearth.platform.dispatch.WorkerPositions} (Redis GEO), never in the database.
 */
package io.hearth.platform.tracking;
