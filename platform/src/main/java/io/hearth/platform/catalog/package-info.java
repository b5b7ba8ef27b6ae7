/**
 * The service catalog of a tenant: category tree, service items, packages, translations, and a city
 * operator's overrides of item price and availability in its city. Staff manage it under
 * /api/tenant/catalog and /api/operator/catalog; customers browse it under /api/app/catalog, served
 * from a Redis cache per tenant that every change invalidates ({@link io.hearth.platform.catalog.CatalogCache}).
 */
package io.hearth.platform.catalog;
