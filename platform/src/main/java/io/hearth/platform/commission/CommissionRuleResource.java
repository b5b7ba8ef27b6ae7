package io.hearth.platform.commission;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/platform/commission-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: commission rules")
public class CommissionRuleResource {

    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    CommissionRuleService rules;

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Add a rule; it supersedes earlier rules of the same scope from its start date")
    public Response create(@NotNull @Valid CommissionRuleDto.Create in) {
        CommissionRuleDto.View created = rules.create(in);
        return Response.created(URI.create("/api/platform/commission-rules/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.PLATFORM_FINANCE })
    @Operation(summary = "Rule history, newest start first")
    public List<CommissionRuleDto.View> history(@QueryParam("tenantType") TenantType type,
            @QueryParam("planId") UUID planId, @QueryParam("category") String category) {
        return rules.history(type, planId, category);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.PLATFORM_FINANCE })
    public CommissionRuleDto.View get(@PathParam("id") UUID id) {
        return rules.get(id);
    }

    @GET
    @Path("/effective")
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.PLATFORM_FINANCE })
    @Operation(summary = "The rule in force for a scope on a date (default today), optionally applied to an amount")
    public CommissionRuleDto.Effective effective(@NotNull @QueryParam("tenantType") TenantType type,
            @QueryParam("planId") UUID planId, @QueryParam("category") String category, @QueryParam("on") LocalDate on,
            @PositiveOrZero @QueryParam("amountFen") Long amountFen) {
        LocalDate day = on == null ? LocalDate.now(PLATFORM_ZONE) : on;
        CommissionRule rule = rules.effective(type, planId, category, day)
                .orElseThrow(() -> new ApiException(404, "commission-rule-none", type, day));
        return new CommissionRuleDto.Effective(CommissionRuleDto.View.of(rule), day, amountFen,
                amountFen == null ? null : rule.fee().on(amountFen));
    }
}
