package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.hearth.platform.tenant.TenantService;
import io.hearth.platform.tenant.TenantSettings.MonitorRules;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's exception-monitor thresholds ({@code TenantSettings.monitorRules}): the owner changes them,
 * dispatchers read them. Saved like every tenant setting, by {@link TenantService} (audited).
 */
@Path("/api/tenant/settings/monitor")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: settings")
public class MonitorSettingsResource {

    @Inject
    TenantSettingsLookup settings;

    @Inject
    TenantService tenants;

    @GET
    @RolesAllowed({ Roles.OWNER, Roles.DISPATCHER })
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "When alerts are raised (minutes; overrun in percent of the expected duration)")
    public MonitorRules get() {
        return settings.of(TenantContext.require()).settings().monitorRules();
    }

    @PUT
    @RolesAllowed(Roles.OWNER)
    @Operation(summary = "Change the monitor thresholds (the next scan uses them)")
    public MonitorRules put(@NotNull @Valid MonitorRules in) {
        return tenants.updateSettings(TenantContext.require(), s -> s.withMonitorRules(in)).monitorRules();
    }
}
