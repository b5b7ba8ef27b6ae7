package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.DispatchApi;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Settings → dispatch: the dispatch mode and rules and the exception monitor's thresholds. The owner writes,
 * dispatchers read. The platform validates (its field names are the form's: {@code rules.radiusKm},
 * {@code unacceptedMinutes}); the portal only checks that numbers are numbers. {@code /settings} opens the first
 * settings page the viewer may see.
 */
@Path("/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsPages {

    static final List<String> RULES = List.of("radiusKm", "fallbackRadiusKm", "maxConcurrentOrders",
            "fallbackTimeoutSeconds", "offerLimit", "positionMaxAgeSeconds");
    static final List<String> THRESHOLDS = List.of("unacceptedMinutes", "departLeadMinutes", "lateArrivalMinutes",
            "overrunPercent");

    /** A settings form as loaded or typed, by the platform's field names. */
    public record Values(Map<String, String> values) {

        public String v(String field) {
            return values.getOrDefault(field, "");
        }
    }

    @CheckedTemplate(basePath = "SettingsPages")
    static class Templates {
        static native TemplateInstance dispatch(Values dispatch, FormErrors dispatchErrors, Values monitor,
                FormErrors monitorErrors, boolean canEdit, String saved, boolean templates);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    SecurityIdentity identity;

    @Inject
    UserLanguage language;

    @GET
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.DISPATCHER, PortalRoles.MARKETING, PortalRoles.CUSTOMER_SERVICE })
    public Response home() {
        boolean dispatch = AdminRoles.DISPATCH.stream().anyMatch(identity::hasRole);
        return Response.seeOther(URI.create(dispatch ? "/settings/dispatch" : "/settings/templates")).build();
    }

    @GET
    @Path("/dispatch")
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.DISPATCHER })
    public TemplateInstance dispatch(@QueryParam("saved") String saved) {
        return Templates.dispatch(of(platform.dispatchSettings()), FormErrors.none(), of(platform.monitorRules()),
                FormErrors.none(), canEdit(), saved == null ? "" : saved, templates());
    }

    @POST
    @Path("/dispatch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(PortalRoles.OWNER)
    public Response saveDispatch(MultivaluedMap<String, String> form) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        String mode = check.required("mode", form.getFirst("mode"));
        if (mode != null && !DispatchApi.MODES.contains(mode)) {
            errors.field("mode", msg().required());
        }
        Integer window = check.integer("grabWindowSeconds", form.getFirst("grabWindowSeconds"), true);
        Map<String, Integer> r = new LinkedHashMap<>();
        RULES.forEach(f -> r.put(f, check.integer("rules." + f, form.getFirst("rules." + f), true)));
        Values typed = typed(form, fields());
        if (!errors.any()) {
            try {
                platform.putDispatchSettings(new DispatchApi.Settings(mode, window, new DispatchApi.DispatchRules(
                        r.get("radiusKm"), r.get("fallbackRadiusKm"), r.get("maxConcurrentOrders"),
                        r.get("fallbackTimeoutSeconds"), r.get("offerLimit"), r.get("positionMaxAgeSeconds"))));
                return Response.seeOther(URI.create("/settings/dispatch?saved=dispatch")).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        return Response.status(422).entity(Templates.dispatch(typed, errors, of(platform.monitorRules()),
                FormErrors.none(), true, "", templates())).build();
    }

    @POST
    @Path("/monitor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(PortalRoles.OWNER)
    public Response saveMonitor(MultivaluedMap<String, String> form) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        Map<String, Integer> t = new LinkedHashMap<>();
        THRESHOLDS.forEach(f -> t.put(f, check.integer(f, form.getFirst(f), true)));
        Values typed = typed(form, THRESHOLDS);
        if (!errors.any()) {
            try {
                platform.putMonitorRules(new DispatchApi.MonitorRules(t.get("unacceptedMinutes"),
                        t.get("departLeadMinutes"), t.get("lateArrivalMinutes"), t.get("overrunPercent")));
                return Response.seeOther(URI.create("/settings/dispatch?saved=monitor")).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        return Response.status(422).entity(Templates.dispatch(of(platform.dispatchSettings()), FormErrors.none(),
                typed, errors, true, "", templates())).build();
    }

    static Values of(DispatchApi.Settings s) {
        Map<String, String> v = new LinkedHashMap<>();
        if (s != null) {
            v.put("mode", s.mode());
            v.put("grabWindowSeconds", str(s.grabWindowSeconds()));
            DispatchApi.DispatchRules r = s.rules();
            if (r != null) {
                v.put("rules.radiusKm", str(r.radiusKm()));
                v.put("rules.fallbackRadiusKm", str(r.fallbackRadiusKm()));
                v.put("rules.maxConcurrentOrders", str(r.maxConcurrentOrders()));
                v.put("rules.fallbackTimeoutSeconds", str(r.fallbackTimeoutSeconds()));
                v.put("rules.offerLimit", str(r.offerLimit()));
                v.put("rules.positionMaxAgeSeconds", str(r.positionMaxAgeSeconds()));
            }
        }
        return new Values(v);
    }

    static Values of(DispatchApi.MonitorRules m) {
        Map<String, String> v = new LinkedHashMap<>();
        if (m != null) {
            v.put("unacceptedMinutes", str(m.unacceptedMinutes()));
            v.put("departLeadMinutes", str(m.departLeadMinutes()));
            v.put("lateArrivalMinutes", str(m.lateArrivalMinutes()));
            v.put("overrunPercent", str(m.overrunPercent()));
        }
        return new Values(v);
    }

    private static List<String> fields() {
        List<String> f = new java.util.ArrayList<>(List.of("mode", "grabWindowSeconds"));
        RULES.forEach(r -> f.add("rules." + r));
        return f;
    }

    private static Values typed(MultivaluedMap<String, String> form, List<String> fields) {
        Map<String, String> v = new LinkedHashMap<>();
        fields.forEach(f -> v.put(f, CatalogPages.nz(form.getFirst(f))));
        return new Values(v);
    }

    private static String str(Integer i) {
        return i == null ? "" : i.toString();
    }

    private boolean canEdit() {
        return identity.hasRole(PortalRoles.OWNER);
    }

    private boolean templates() {
        return AdminRoles.TEMPLATES_READ.stream().anyMatch(identity::hasRole);
    }

    private Msg msg() {
        return Bundles.of(Msg.class, language.locale());
    }
}
