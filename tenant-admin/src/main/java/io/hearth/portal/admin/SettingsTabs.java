package io.hearth.portal.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Which settings tabs the viewer may open ({@code cdi:settingsTabs} in {@code SettingsPages/tabs}). */
@Named("settingsTabs")
@RequestScoped
public class SettingsTabs {

    @Inject
    SecurityIdentity identity;

    public boolean isDispatch() {
        return AdminRoles.DISPATCH.stream().anyMatch(identity::hasRole);
    }

    public boolean isTemplates() {
        return AdminRoles.TEMPLATES_READ.stream().anyMatch(identity::hasRole);
    }

    public boolean isBranding() {
        return AdminRoles.BRANDING.stream().anyMatch(identity::hasRole);
    }
}
