/**
 * Customers as the tenant's staff see them ({@code /api/tenant/customers}): the keyset list with order stats,
 * a customer's profile with masked addresses, orders, points and open complaints, staff notes and tags (optimistic
 * version), and the audited phone reveal — the one place a customer's full number reaches staff. It reads orders,
 * points, pricing and complaints through their services; it is a package of its own so that the customer package,
 * which orders depend on, does not depend on orders.
 */
package io.hearth.platform.customer.staff;
