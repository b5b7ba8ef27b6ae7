/**
 * Figures for tenant staff, computed by the database from the features that own the data (orders, customers,
 * the dispatch monitor) through their own read services: {@code GET /api/tenant/stats/dashboard}.
 */
package io.hearth.platform.stats;
