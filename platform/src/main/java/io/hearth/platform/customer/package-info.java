/** End users of a tenant: account, profile and addresses. Personal data encrypted at rest, masked in lists. */
package io.hearth.platform.customer;
