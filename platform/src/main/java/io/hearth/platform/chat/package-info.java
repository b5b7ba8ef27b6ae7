/**
 * Chat: one conversation per order between its customer and its currently assigned worker, and one support
 * conversation per customer with the tenant's customer service. Text and image messages, numbered per
 * conversation without gaps, with read marks for unread counts, phone numbers masked before they are stored, and a
 * live copy of every message and read mark through {@link io.hearth.platform.realtime.RealtimeBus}.
 */
package io.hearth.platform.chat;
