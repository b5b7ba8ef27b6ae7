package io.hearth.platform.tenant;

import io.hearth.platform.tenant.directory.OwnerAccount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class TenantDto {

    static final String SLUG = "[a-z][a-z0-9-]{1,38}[a-z0-9]";
    static final String COLOR = "#[0-9a-fA-F]{6}";
    static final String HOST = "(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";
    static final String CITY_CODE = "[0-9]{6}";
    static final String APP_ID = "wx[0-9a-f]{16}";

    private TenantDto() {
    }

    public record Owner(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}") String username,
            @NotBlank @Email @Size(max = 200) String email,
            @NotBlank @Size(max = 60) String firstName,
            @Size(max = 60) String lastName,
            @Pattern(regexp = "\\+?[0-9]{6,20}") String phone) {
    }

    public record Create(
            @NotBlank @Pattern(regexp = SLUG) String slug,
            @NotNull TenantType type,
            @NotBlank @Size(max = 120) String displayName,
            @Size(max = 500) @Pattern(regexp = "https://\\S+") String logoUrl,
            @Pattern(regexp = COLOR) String primaryColor,
            @Pattern(regexp = APP_ID) String miniProgramAppId,
            @Pattern(regexp = HOST) String h5Host,
            @NotBlank String defaultLocale,
            @NotBlank String timeZone,
            @NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = CITY_CODE) String> cityCodes,
            @Valid ServiceArea serviceArea,
            UUID planId,
            @Valid TenantSettings settings,
            @NotNull @Valid Owner owner) {
    }

    public record BrandingUpdate(
            @NotBlank @Size(max = 120) String displayName,
            @Size(max = 500) @Pattern(regexp = "https://\\S+") String logoUrl,
            @Pattern(regexp = COLOR) String primaryColor,
            @Pattern(regexp = APP_ID) String miniProgramAppId,
            @Pattern(regexp = HOST) String h5Host,
            @NotBlank String defaultLocale,
            @NotBlank String timeZone) {
    }

    public record PlanChange(@NotNull UUID planId) {
    }

    public record WeChatSecret(@NotBlank @Pattern(regexp = "[0-9a-f]{32}") String appSecret) {
    }

    public record StatusChange(@Size(max = 500) String reason) {
    }

    public record View(UUID id, String slug, TenantType type, TenantStatus status, String statusReason,
            TenantBranding branding, String defaultLocale, String timeZone, List<String> cityCodes,
            ServiceArea serviceArea, UUID planId, TenantSettings settings, String keycloakOrganizationId,
            boolean weChatSecretSet, Instant createdAt, Instant updatedAt) {

        static View of(Tenant t) {
            return new View(t.id, t.slug, t.type, t.status, t.statusReason, t.branding(), t.defaultLocale, t.timeZone,
                    List.copyOf(t.cityCodes), t.serviceArea, t.planId, t.settings, t.keycloakOrgId,
                    t.wechatAppSecretEnc != null, t.createdAt, t.updatedAt);
        }
    }

    /** The answer to a create: the tenant and, once only, the owner's temporary password. */
    public record Created(View tenant, OwnerAccount owner) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** What the mini program / H5 of a tenant may know about it before anyone signs in. */
    public record PublicView(String slug, TenantType type, TenantBranding branding, String defaultLocale,
            String timeZone, List<String> cityCodes, ServiceArea serviceArea, PublicSettings settings) {

        static PublicView of(Tenant t) {
            TenantSettings s = t.settings;
            return new PublicView(t.slug, t.type, t.branding(), t.defaultLocale, t.timeZone, List.copyOf(t.cityCodes),
                    t.serviceArea, new PublicSettings(s.slotGridMinutes(), s.minNoticeMinutes(), s.maxDaysAhead(),
                            s.unpaidOrderTimeoutMinutes(), s.cancellationFeeSteps(), s.depositBp()));
        }
    }

    public record PublicSettings(int slotGridMinutes, int minNoticeMinutes, int maxDaysAhead,
            int unpaidOrderTimeoutMinutes, List<TenantSettings.CancellationFeeStep> cancellationFeeSteps, int depositBp) {
    }
}
