/**
 * Notifications of order events to customers and workers (DESIGN.md §7): built-in and per-tenant templates
 * ({@link io.hearth.platform.notification.Templates}), the {@code notifications} event consumer
 * ({@link io.hearth.platform.notification.NotificationTrigger}), the in-app inbox, SMS and WeChat subscribe-message
 * deliveries sent after commit by {@link io.hearth.platform.notification.DeliverySender}, quiet hours, review
 * reminders and per-user opt-outs.
 */
package io.hearth.platform.notification;
