package io.hearth.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A tenant's own template for one event, channel and locale, used instead of the built-in one. */
@Entity
@Table(name = "notification_template")
public class NotificationTemplate {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    /** {@link NotificationEvent#key()}. */
    @Column(nullable = false, updatable = false)
    public String event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Channel channel;

    @Column(nullable = false, updatable = false)
    public String locale;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public TemplateContent content;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
