/**
 * Dispatch (DESIGN.md §6): who serves an order that waits without a worker. Per tenant mode AUTO (best-scored
 * candidate at once), GRAB (offer to eligible workers, decide by score when the window closes) or MANUAL; candidates
 * from fresh Redis GEO positions ({@link io.hearth.platform.dispatch.WorkerPositions}) filtered by eligibility, skill,
 * work status, free slot and load, ranked by {@link io.hearth.platform.dispatch.DispatchScore}. Started by the
 * {@code dispatch} event consumer; orders change only through {@code order.OrderTransitions}.
 */
package io.hearth.platform.dispatch;
