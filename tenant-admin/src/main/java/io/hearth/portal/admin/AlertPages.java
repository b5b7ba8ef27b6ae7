package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.DispatchApi;
import io.hearth.portal.web.Bundles;
import io.hearth.portal.web.FormErrors;
import io.hearth.portal.web.KeysetPager;
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
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The dispatch exception board: alerts with their counts (acknowledge, resolve with a note), customers' complaints
 * (take in hand, close with a resolution) — owner, dispatcher, customer service — and the manual-dispatch queue
 * (owner, dispatcher) linking to each order's page. Actions go through htmx and answer the changed row, or the
 * errors in the row's error slot.
 */
@Path("/alerts")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.DISPATCHER, PortalRoles.CUSTOMER_SERVICE })
@Produces(MediaType.TEXT_HTML)
public class AlertPages {

    static final int PER_PAGE = 30;

    /** The list's filters as typed. */
    public record Filter(String state, String kind) {
    }

    @CheckedTemplate(basePath = "AlertPages")
    static class Templates {
        static native TemplateInstance alerts(List<DispatchApi.Alert> alerts, DispatchApi.Summary summary,
                KeysetPager pager, Filter filter, boolean queue);

        static native TemplateInstance alerts$row(DispatchApi.Alert a);

        static native TemplateInstance complaints(List<DispatchApi.Complaint> complaints, KeysetPager pager,
                Filter filter, boolean queue);

        static native TemplateInstance complaints$row(DispatchApi.Complaint c);

        static native TemplateInstance rowErrors(FormErrors errors);

        static native TemplateInstance manual(List<DispatchApi.OrderState> orders, boolean queue);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    SecurityIdentity identity;

    @Inject
    UserLanguage language;

    @GET
    public TemplateInstance alerts(@QueryParam("state") String state, @QueryParam("kind") String kind,
            @QueryParam("cursor") String after, @QueryParam("trail") String trail) {
        Filter filter = new Filter(known(state, DispatchApi.ALERT_STATES), known(kind, DispatchApi.ALERT_KINDS));
        DispatchApi.Summary summary = platform.alertSummary();
        DispatchApi.Page<DispatchApi.Alert> page = platform.alerts(Forms.trimmed(filter.state()),
                Forms.trimmed(filter.kind()), Forms.trimmed(after), PER_PAGE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("state", filter.state());
        filters.put("kind", filter.kind());
        return Templates.alerts(page.items(), summary,
                KeysetPager.of("/alerts", filters, Forms.trimmed(after), trail, page.next()),
                filter, queue());
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") String id) {
        return alertRow(id, FormErrors.none(), () -> platform.acknowledgeAlert(id));
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("id") String id, @FormParam("note") String note) {
        FormErrors errors = FormErrors.none();
        String n = new Forms(errors, msg()).required("note", note);
        return alertRow(id, errors, () -> platform.resolveAlert(id, new DispatchApi.ResolutionInput(n)));
    }

    /**
     * htmx swaps only successful answers into the row, so a refused action answers 200 with just the errors,
     * retargeted (HX-Retarget) to the row's error slot: the row stays as it was.
     */
    private Response alertRow(String id, FormErrors errors, Supplier<DispatchApi.Alert> call) {
        if (!errors.any()) {
            try {
                return Response.ok(Templates.alerts$row(call.get())).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        return refused("#alert-" + id + "-errors", errors);
    }

    static Response refused(String slot, FormErrors errors) {
        return Response.ok(Templates.rowErrors(errors)).header("HX-Retarget", slot).header("HX-Reswap", "innerHTML")
                .build();
    }

    @GET
    @Path("/complaints")
    public TemplateInstance complaints(@QueryParam("state") String state, @QueryParam("cursor") String after,
            @QueryParam("trail") String trail) {
        Filter filter = new Filter(known(state, DispatchApi.COMPLAINT_STATES), "");
        DispatchApi.Page<DispatchApi.Complaint> page = platform.complaints(Forms.trimmed(filter.state()),
                Forms.trimmed(after), PER_PAGE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("state", filter.state());
        return Templates.complaints(page.items(),
                KeysetPager.of("/alerts/complaints", filters, Forms.trimmed(after), trail, page.next()),
                filter, queue());
    }

    @POST
    @Path("/complaints/{id}/handle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response handle(@PathParam("id") String id) {
        return complaintRow(id, FormErrors.none(), () -> platform.handleComplaint(id));
    }

    @POST
    @Path("/complaints/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") String id, @FormParam("resolution") String resolution) {
        FormErrors errors = FormErrors.none();
        String r = new Forms(errors, msg()).required("resolution", resolution);
        return complaintRow(id, errors, () -> platform.closeComplaint(id, new DispatchApi.ClosureInput(r)));
    }

    private Response complaintRow(String id, FormErrors errors, Supplier<DispatchApi.Complaint> call) {
        if (!errors.any()) {
            try {
                return Response.ok(Templates.complaints$row(call.get())).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        return refused("#complaint-" + id + "-errors", errors);
    }

    /** Orders waiting for a dispatcher (the platform's MANUAL_NEEDED), each linking to its order page. */
    @GET
    @Path("/manual")
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.DISPATCHER })
    public TemplateInstance manual() {
        List<DispatchApi.OrderState> orders = platform.dispatchOrders("MANUAL_NEEDED", 100);
        return Templates.manual(orders == null ? List.of() : orders, true);
    }

    private boolean queue() {
        return AdminRoles.DISPATCH.stream().anyMatch(identity::hasRole);
    }

    private static String known(String value, List<String> allowed) {
        return value != null && allowed.contains(value.strip()) ? value.strip() : "";
    }

    private Msg msg() {
        return Bundles.of(Msg.class, language.locale());
    }
}
