/**
 * The dispatch exception monitor and customers' complaints (DESIGN.md §6): {@link io.hearth.platform.dispatch.monitor.ExceptionMonitor}
 * scans the orders of every active tenant for the tenant's {@code monitorRules} and raises
 * {@link io.hearth.platform.dispatch.monitor.DispatchAlert}s (at most one unresolved per order and kind);
 * {@link io.hearth.platform.dispatch.monitor.AlertAutoResolution} resolves them when order events clear the
 * condition; dispatchers acknowledge and resolve them on the board. Customers file
 * {@link io.hearth.platform.dispatch.monitor.OrderComplaint}s, which open a COMPLAINT alert; customer service
 * handles and closes them.
 */
package io.hearth.platform.dispatch.monitor;
