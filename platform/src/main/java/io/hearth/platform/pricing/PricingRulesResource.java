package io.hearth.platform.pricing;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantLookup;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.hearth.platform.shared.web.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's surcharges, discounts and holiday calendar: owners and catalog managers write, front office reads. */
@Path("/api/tenant/pricing")
@TenantScoped
@RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: pricing")
public class PricingRulesResource {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @Inject
    PricingSettings settings;

    @Inject
    TenantLookup tenants;

    @GET
    @Path("/rules")
    public PricingDto.Rules rules() {
        return settings.rules();
    }

    @PUT
    @Path("/rules")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    @Operation(summary = "Replace the pricing rules (absent parts: no surcharge / no discount / no points)")
    public PricingDto.Rules replace(@NotNull @Valid PricingRules rules) {
        return settings.replace(rules);
    }

    @GET
    @Path("/holidays")
    @Operation(summary = "The holiday calendar of one year (default: this year in the tenant's time zone)")
    public List<PricingDto.Holiday> holidays(@QueryParam("year") String year) {
        return settings.holidays(year == null || year.isBlank() ? thisYear() : year(year));
    }

    @PUT
    @Path("/holidays/{date}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    @Operation(summary = "Add a holiday or rename it")
    public PricingDto.Holiday putHoliday(@PathParam("date") String date, @NotNull @Valid PricingDto.HolidayInput in) {
        return settings.putHoliday(date(date), in);
    }

    @DELETE
    @Path("/holidays/{date}")
    @RolesAllowed({ Roles.OWNER, Roles.CATALOG_MANAGER })
    public Response deleteHoliday(@PathParam("date") String date) {
        settings.deleteHoliday(date(date));
        return Response.noContent().build();
    }

    private int thisYear() {
        return LocalDate.now(ZoneId.of(tenants.byId(TenantContext.require()).orElseThrow().timeZone())).getYear();
    }

    private static int year(String value) {
        try {
            int y = Integer.parseInt(value);
            if (y >= MIN_YEAR && y <= MAX_YEAR) {
                return y;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiException(400, "pricing-bad-parameter", "year", value);
    }

    private static LocalDate date(String value) {
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new ApiException(400, "pricing-bad-parameter", "date", value);
    }
}
