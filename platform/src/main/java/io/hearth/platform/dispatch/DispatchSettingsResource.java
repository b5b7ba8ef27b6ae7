package io.hearth.platform.dispatch;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantService;
import io.hearth.platform.tenant.TenantSettings;
import io.hearth.platform.tenant.TenantSettingsLookup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's dispatch mode and rules (DESIGN.md §6). Read: owner, dispatcher; write: owner. Stored in the tenant's
 * settings through {@link TenantService#updateSettings} (the same path as the super-admin's, audited).
 */
@Path("/api/tenant/settings/dispatch")
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: dispatch")
public class DispatchSettingsResource {

    @Inject
    TenantSettingsLookup lookup;

    @Inject
    TenantService tenants;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Dispatch mode AUTO / GRAB / MANUAL, grab window and rules")
    public DispatchDto.Settings get() {
        return view(lookup.of(TenantContext.require()).settings());
    }

    @PUT
    @RolesAllowed(Roles.OWNER)
    @Operation(summary = "Change the dispatch mode, grab window and rules; 422 when the fallback radius is smaller")
    public DispatchDto.Settings put(@NotNull @Valid DispatchDto.Settings in) {
        if (in.rules().fallbackRadiusKm() < in.rules().radiusKm()) {
            throw ApiException.unprocessable("dispatch-fallback-radius-too-small", in.rules().fallbackRadiusKm(),
                    in.rules().radiusKm());
        }
        UUID tenant = TenantContext.require();
        TenantSettings changed = lookup.of(tenant).settings().withDispatch(in.mode(), in.grabWindowSeconds(), in.rules());
        tenants.updateSettings(tenant, changed);
        return view(changed);
    }

    private static DispatchDto.Settings view(TenantSettings s) {
        return new DispatchDto.Settings(s.dispatchMode(), s.grabWindowSeconds(), s.dispatchRules());
    }
}
