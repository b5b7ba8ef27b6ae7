package io.hearth.platform.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A housekeeping company or a city operator. A platform table: it has no tenant_id of its own. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public TenantType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TenantStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "logo_url")
    public String logoUrl;

    @Column(name = "primary_color")
    public String primaryColor;

    @Column(name = "mini_program_app_id")
    public String miniProgramAppId;

    @Column(name = "h5_host")
    public String h5Host;

    /** The tenant's TENANT_LOGO file (no foreign key: see V23); shown instead of {@link #logoUrl} when set. */
    @Column(name = "logo_file_id")
    public UUID logoFileId;

    @Column(name = "service_phone")
    public String servicePhone;

    @Column(name = "default_locale", nullable = false)
    public String defaultLocale;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "city_codes", nullable = false)
    public List<String> cityCodes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "service_area")
    public ServiceArea serviceArea;

    @Column(name = "plan_id")
    public UUID planId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public TenantSettings settings;

    /** The mini program's AppSecret, encrypted (shared/crypto). */
    @Column(name = "wechat_app_secret_enc")
    public String wechatAppSecretEnc;

    @Column(name = "keycloak_org_id")
    public String keycloakOrgId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public TenantBranding branding() {
        return new TenantBranding(displayName, logoUrl, primaryColor, miniProgramAppId, h5Host, logoFileId,
                servicePhone);
    }

    public ProvisionedTenant provisioned() {
        return new ProvisionedTenant(id, slug, type, branding(), defaultLocale, timeZone);
    }
}
