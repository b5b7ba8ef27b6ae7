package io.hearth.platform.tenant;

import java.util.UUID;

/**
 * The branding a tenant edits itself ({@code /api/tenant/settings/branding}). The H5 host and an external logo URL
 * stay the super-admin's: shown, never changed here.
 */
public final class BrandingSettings {

    private BrandingSettings() {
    }

    /**
     * What the tenant sees. {@code logoSrc}: what the mini program shows (see {@link TenantBranding#logoSrc()});
     * {@code version}: send it back with the change (409 {@code concurrent-modification} when the tenant changed
     * in between).
     */
    public record View(String displayName, String primaryColor, UUID logoFileId, String logoUrl, String logoSrc,
            String miniProgramAppId, String servicePhone, String h5Host, int version) {

        static View of(Tenant t) {
            TenantBranding b = t.branding();
            return new View(b.displayName(), b.primaryColor(), b.logoFileId(), b.logoUrl(), b.logoSrc(),
                    b.miniProgramAppId(), b.servicePhone(), b.h5Host(), t.version);
        }
    }

    /**
     * A change by the tenant. Blank optional fields mean "none"; {@code logoFileId} null removes the uploaded logo.
     * Checked by {@link BrandingRules} (422 with a message per field), not by bean validation.
     */
    public record Change(String displayName, String primaryColor, UUID logoFileId, String miniProgramAppId,
            String servicePhone, Integer version) {

        /** Trimmed, blanks as null, colour in lower case (as the super-admin's path stores it). */
        Change normalized() {
            String color = blankToNull(primaryColor);
            return new Change(displayName == null ? null : displayName.strip(),
                    color == null ? null : color.toLowerCase(java.util.Locale.ROOT), logoFileId,
                    blankToNull(miniProgramAppId), blankToNull(servicePhone), version);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
