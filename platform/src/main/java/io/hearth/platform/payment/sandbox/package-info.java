/**
 * The sandbox payment provider for demos and tests: no money moves, but the flow is the real one. The customer
 * "pays" with {@code POST /api/app/payments/{id}/sandbox/pay}; a moment later, off the request thread, the
 * sandbox POSTs a notification signed with HMAC-SHA256 to this platform's own notify endpoint, which verifies it
 * like any provider's. Refunds are confirmed the same way. Only with {@code hearth.payment.sandbox.enabled=true}.
 */
package io.hearth.platform.payment.sandbox;
