package io.hearth.platform.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Requests and answers of the notification endpoints. */
public final class NotificationDto {

    private NotificationDto() {
    }

    /** One effective template: the tenant's ({@code overridden}) or the built-in one. */
    public record Template(String event, Channel channel, String locale, TemplateContent content, boolean overridden,
            List<String> placeholders, Instant updatedAt, String updatedBy) {
    }

    /** Preview of a template (the body, or the saved/default one when no body is sent) with sample data. */
    public record Preview(String event, Channel channel, String locale, Rendered rendered) {
    }

    public record Item(UUID id, String event, String title, String body, UUID orderId, Instant createdAt,
            Instant readAt) {
    }

    /** {@code nextBefore}: pass as {@code before} for the next (older) page; null on the last page. */
    public record Page(List<Item> items, UUID nextBefore) {
    }

    public record UnreadCount(long count) {
    }

    /** {@code locked}: cannot be turned off (in-app notices of cancellations and refunds). */
    public record Preference(String event, Channel channel, boolean enabled, boolean locked) {
    }

    public record PreferenceChange(@NotNull String event, @NotNull Channel channel, boolean enabled) {
    }

    public record PreferenceInput(@NotNull @Size(max = 50) List<@NotNull @Valid PreferenceChange> changes) {
    }
}
