package io.hearth.platform.tenant;

import io.hearth.platform.file.FileInUse;
import io.hearth.platform.file.Purpose;
import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** The tenant's logo file cannot be deleted while it is the logo: replace or remove it in the branding first. */
@ApplicationScoped
public class TenantLogoFile implements FileInUse {

    @Inject
    TenantRepository tenants;

    @Override
    public boolean uses(UUID fileId, Purpose purpose) {
        return purpose == Purpose.TENANT_LOGO
                && tenants.count("id = ?1 and logoFileId = ?2", TenantContext.require(), fileId) > 0;
    }
}
