package io.hearth.portal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.PricingApi;
import io.hearth.portal.web.Bundles;
import io.hearth.portal.web.FormErrors;
import io.hearth.portal.web.Msg;
import io.hearth.portal.web.PlatformProblem;
import io.hearth.portal.web.PlatformRefused;
import io.hearth.portal.web.PortalRoles;
import io.hearth.portal.web.UserLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Surcharges (holiday, weekend, same day, night), quote validity and the holiday calendar. The platform replaces the
 * rules as a whole, so the parts this page does not edit (worker-level, area and member-level rules, points) are
 * read and sent back unchanged. The cancellation policy has no tenant API yet and is not shown.
 */
@Path("/pricing")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER, PortalRoles.DISPATCHER, PortalRoles.CUSTOMER_SERVICE })
@Produces(MediaType.TEXT_HTML)
public class PricingPages {

    static final List<String> FIELDS = List.of("holidaySurchargeBp", "weekendSurchargeBp", "sameDaySurchargeBp",
            "nightSurcharge.startMinute", "nightSurcharge.endMinute", "nightSurcharge.bp", "quoteValidityMinutes");

    /** The rules form, as typed or loaded: percentages, HH:mm times, minutes. */
    public record RulesForm(Map<String, String> values, int version) {

        public String v(String field) {
            return values.getOrDefault(field, "");
        }

        public List<String> percentFields() {
            return List.of("holidaySurchargeBp", "weekendSurchargeBp", "sameDaySurchargeBp");
        }
    }

    @CheckedTemplate(basePath = "PricingPages")
    static class Templates {
        static native TemplateInstance pricing(RulesForm rules, FormErrors rulesErrors, int year,
                List<PricingApi.Holiday> holidays, Map<String, String> holiday, FormErrors holidayErrors,
                boolean canEdit, boolean saved);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    SecurityIdentity identity;

    @Inject
    UserLanguage language;

    @Inject
    TenantZone zone;

    @GET
    public TemplateInstance show(@QueryParam("year") Integer year, @QueryParam("saved") boolean saved) {
        int y = year(year);
        return Templates.pricing(form(platform.pricingRules()), FormErrors.none(), y, platform.holidays(Integer.toString(y)),
                Map.of(), FormErrors.none(), canEdit(), saved);
    }

    @POST
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public Response saveRules(MultivaluedMap<String, String> form) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        Integer holiday = check.basisPoints("holidaySurchargeBp", form.getFirst("holidaySurchargeBp"), 300);
        Integer weekend = check.basisPoints("weekendSurchargeBp", form.getFirst("weekendSurchargeBp"), 300);
        Integer sameDay = check.basisPoints("sameDaySurchargeBp", form.getFirst("sameDaySurchargeBp"), 300);
        LocalTime nightStart = check.time("nightSurcharge.startMinute", form.getFirst("nightSurcharge.startMinute"));
        LocalTime nightEnd = check.time("nightSurcharge.endMinute", form.getFirst("nightSurcharge.endMinute"));
        Integer nightBp = check.basisPoints("nightSurcharge.bp", form.getFirst("nightSurcharge.bp"), 300);
        Integer validity = check.integer("quoteValidityMinutes", form.getFirst("quoteValidityMinutes"), false);
        boolean night = nightBp != null && nightBp > 0;
        if (night && nightStart == null) {
            errors.field("nightSurcharge.startMinute", msg().required());
        }
        if (night && nightEnd == null) {
            errors.field("nightSurcharge.endMinute", msg().required());
        }
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, CatalogPages.nz(form.getFirst(f))));
        int version = 0;
        if (!errors.any()) {
            PricingApi.Rules current = platform.pricingRules();
            version = current.version();
            ObjectNode rules = current.rules() == null ? new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    : current.rules().deepCopy();
            rules.put("holidaySurchargeBp", holiday);
            rules.put("weekendSurchargeBp", weekend);
            rules.put("sameDaySurchargeBp", sameDay);
            if (validity != null) {
                rules.put("quoteValidityMinutes", validity);
            } else {
                rules.remove("quoteValidityMinutes");
            }
            if (night) {
                ObjectNode n = rules.putObject("nightSurcharge");
                n.put("startMinute", nightStart.getHour() * 60 + nightStart.getMinute());
                n.put("endMinute", nightEnd.getHour() * 60 + nightEnd.getMinute());
                n.put("bp", nightBp);
            } else {
                rules.putNull("nightSurcharge");
            }
            try {
                platform.replacePricingRules(rules);
                return Response.seeOther(URI.create("/pricing?saved=true")).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        int y = year(null);
        return Response.status(422).entity(Templates.pricing(new RulesForm(values, version), errors, y,
                platform.holidays(Integer.toString(y)), Map.of(), FormErrors.none(), canEdit(), false)).build();
    }

    @POST
    @Path("/holidays")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public Response addHoliday(MultivaluedMap<String, String> form) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        LocalDate date = check.date("date", form.getFirst("date"), true);
        String name = check.required("name", form.getFirst("name"));
        if (!errors.any()) {
            try {
                platform.putHoliday(date.toString(), new PricingApi.HolidayInput(name));
                return Response.seeOther(URI.create("/pricing?saved=true&year=" + date.getYear())).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("date", CatalogPages.nz(form.getFirst("date")));
        typed.put("name", CatalogPages.nz(form.getFirst("name")));
        int y = date == null ? year(null) : date.getYear();
        return Response.status(422).entity(Templates.pricing(form(platform.pricingRules()), FormErrors.none(), y,
                platform.holidays(Integer.toString(y)), typed, errors, canEdit(), false)).build();
    }

    /** htmx: deletes the holiday and answers an empty row, which replaces the deleted one. */
    @POST
    @Path("/holidays/{date}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CATALOG_MANAGER })
    public Response deleteHoliday(@PathParam("date") String date) {
        platform.deleteHoliday(date);
        return Response.ok("").type(MediaType.TEXT_HTML_TYPE).build();
    }

    static RulesForm form(PricingApi.Rules stored) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode r = stored.rules();
        values.put("holidaySurchargeBp", percent(r, "holidaySurchargeBp"));
        values.put("weekendSurchargeBp", percent(r, "weekendSurchargeBp"));
        values.put("sameDaySurchargeBp", percent(r, "sameDaySurchargeBp"));
        JsonNode night = r == null ? null : r.get("nightSurcharge");
        if (night != null && !night.isNull()) {
            values.put("nightSurcharge.startMinute", hhmm(night.path("startMinute").asInt()));
            values.put("nightSurcharge.endMinute", hhmm(night.path("endMinute").asInt()));
            values.put("nightSurcharge.bp", percent(night, "bp"));
        }
        if (r != null && r.hasNonNull("quoteValidityMinutes")) {
            values.put("quoteValidityMinutes", r.get("quoteValidityMinutes").asText());
        }
        return new RulesForm(values, stored.version());
    }

    private static String percent(JsonNode node, String field) {
        int bp = node == null ? 0 : node.path(field).asInt(0);
        return BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString();
    }

    private static String hhmm(int minutes) {
        return String.format("%02d:%02d", (minutes / 60) % 24, minutes % 60);
    }

    private int year(Integer year) {
        if (year != null && year >= 2000 && year <= 2100) {
            return year;
        }
        return LocalDate.now(zone.zone()).getYear();
    }

    private boolean canEdit() {
        return identity.hasRole(PortalRoles.OWNER) || identity.hasRole(PortalRoles.CATALOG_MANAGER);
    }

    private Msg msg() {
        return Bundles.of(Msg.class, language.locale());
    }
}
