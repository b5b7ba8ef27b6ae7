package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.ChatApi;
import io.hearth.portal.api.DispatchApi;
import io.hearth.portal.api.OrderApi;
import io.hearth.portal.api.WorkerApi;
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
import java.net.URI;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Orders: the filterable list (keyset pages), an order's detail with its timeline and payments, and the staff
 * actions — manual dispatch among the platform's ranked candidates, a reason when changing the worker (owner,
 * dispatcher), reschedule (owner, dispatcher), cancel with the fee preview
 * (owner, dispatcher, customer service) and refund (owner, finance) — each asking for confirmation.
 */
@Path("/orders")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.DISPATCHER, PortalRoles.CUSTOMER_SERVICE, PortalRoles.FINANCE })
@Produces(MediaType.TEXT_HTML)
public class OrderPages {

    static final int PER_PAGE = 30;

    /** The list's filters as typed. */
    public record Filter(String status, String from, String to, String customerPhone) {
    }

    /** Which actions the viewer's roles allow on this order (the platform checks again). */
    public record Allowed(boolean dispatch, boolean reschedule, boolean cancel, boolean refund, boolean conversation) {
    }

    @CheckedTemplate(basePath = "OrderPages")
    static class Templates {
        static native TemplateInstance list(List<OrderApi.Summary> orders, KeysetPager pager, Filter filter,
                List<String> statuses, FormErrors errors);

        static native TemplateInstance detail(OrderApi.Detail order, OrderApi.OrderPayments payments,
                OrderApi.Cancellation cancellation, DispatchApi.Candidates candidates, Allowed allowed,
                FormErrors errors, String failedForm, String done, String refundKey, String workerName);

        static native TemplateInstance conversation(OrderApi.Detail order, List<ChatApi.Message> messages,
                String olderHref);
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
    public Response list(@QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("customerPhone") String customerPhone,
            @QueryParam("cursor") String cursor, @QueryParam("trail") String trail) {
        Filter filter = new Filter(CatalogPages.nz(status), CatalogPages.nz(from), CatalogPages.nz(to),
                CatalogPages.nz(customerPhone));
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        check.date("from", from, false);
        check.date("to", to, false);
        if (!status(status).isEmpty() && !OrderApi.STATUSES.contains(status)) {
            errors.field("status", msg().required());
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", filter.status());
        filters.put("from", filter.from());
        filters.put("to", filter.to());
        filters.put("customerPhone", filter.customerPhone());
        if (errors.any()) {
            return Response.status(422).entity(Templates.list(List.of(), new KeysetPager(null, null, null), filter,
                    OrderApi.STATUSES, errors)).build();
        }
        try {
            OrderApi.Page<OrderApi.Summary> page = platform.orders(status(status), Forms.trimmed(from), Forms.trimmed(to),
                    null, Forms.trimmed(customerPhone), Forms.trimmed(cursor), PER_PAGE);
            return Response.ok(Templates.list(page.items(),
                    KeysetPager.of("/orders", filters, Forms.trimmed(cursor), trail, page.nextCursor()), filter,
                    OrderApi.STATUSES, errors)).build();
        } catch (PlatformRefused e) {
            errors.platform(PlatformProblem.forForm(e));
            return Response.status(422).entity(Templates.list(List.of(), new KeysetPager(null, null, null), filter,
                    OrderApi.STATUSES, errors)).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(id, FormErrors.none(), null, done);
    }

    /** The order's customer–worker conversation, read only, in pages (older via {@code before}). */
    @GET
    @Path("/{id}/conversation")
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CUSTOMER_SERVICE, PortalRoles.DISPATCHER })
    public TemplateInstance conversation(@PathParam("id") String id, @QueryParam("before") Long before) {
        OrderApi.Detail order = platform.order(id);
        ChatApi.MessagePage page = platform.orderMessages(id, before, InboxPages.MESSAGES);
        String older = page == null || page.nextBeforeSeq() == null ? null
                : "/orders/" + id + "/conversation?before=" + page.nextBeforeSeq();
        return Templates.conversation(order, InboxPages.oldestFirst(page), older);
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.DISPATCHER })
    public Response assign(@PathParam("id") String id, @FormParam("workerId") String workerId,
            @FormParam("reason") String reason, @FormParam("currentWorkerId") String currentWorkerId) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        String w = check.required("workerId", workerId);
        String current = Forms.trimmed(currentWorkerId);
        // the first worker needs no reason, changing the worker does (the platform checks again: 422)
        String r = current != null && w != null && !current.equals(w) ? check.required("reason", reason)
                : Forms.trimmed(reason);
        return act(id, "assign", errors, () -> platform.assign(id, new OrderApi.AssignInput(w, r)));
    }

    @POST
    @Path("/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.DISPATCHER })
    public Response reschedule(@PathParam("id") String id, @FormParam("start") String start,
            @FormParam("reason") String reason) {
        FormErrors errors = FormErrors.none();
        LocalDateTime at = new Forms(errors, msg()).dateTime("start", start);
        return act(id, "reschedule", errors, () -> platform.reschedule(id,
                new OrderApi.RescheduleInput(at.atZone(zone.zone()).toOffsetDateTime(), Forms.trimmed(reason))));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.DISPATCHER, PortalRoles.CUSTOMER_SERVICE })
    public Response cancel(@PathParam("id") String id, @FormParam("reason") String reason,
            @FormParam("waiveFee") String waiveFee) {
        FormErrors errors = FormErrors.none();
        String r = new Forms(errors, msg()).required("reason", reason);
        return act(id, "cancel", errors, () -> platform.cancel(id, new OrderApi.StaffCancelInput(r, waiveFee != null)));
    }

    /** The idempotency key comes from the form, rendered once: submitting twice refunds once. */
    @POST
    @Path("/{id}/refund")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.FINANCE })
    public Response refund(@PathParam("id") String id, @FormParam("amountFen") String amount,
            @FormParam("reason") String reason, @FormParam("refundKey") String key) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        Long fen = check.fen("amountFen", amount, true);
        String r = check.required("reason", reason);
        String k = Forms.blank(key) ? UUID.randomUUID().toString() : key.strip();
        return act(id, "refund", errors, () -> platform.refund(id, k, new OrderApi.NewRefund(fen, r)));
    }

    private Response act(String id, String form, FormErrors errors, Runnable call) {
        if (!errors.any()) {
            try {
                call.run();
                return Response.seeOther(URI.create("/orders/" + id + "?done=" + form)).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        return Response.status(422).entity(page(id, errors, form, null)).build();
    }

    private TemplateInstance page(String id, FormErrors errors, String failedForm, String done) {
        OrderApi.Detail order = platform.order(id);
        Allowed allowed = new Allowed(has(PortalRoles.OWNER, PortalRoles.DISPATCHER),
                has(PortalRoles.OWNER, PortalRoles.DISPATCHER),
                has(PortalRoles.OWNER, PortalRoles.DISPATCHER, PortalRoles.CUSTOMER_SERVICE),
                has(PortalRoles.OWNER, PortalRoles.FINANCE),
                has(PortalRoles.OWNER, PortalRoles.CUSTOMER_SERVICE, PortalRoles.DISPATCHER));
        OrderApi.OrderPayments payments = platform.payments(id);
        OrderApi.Cancellation cancellation = null;
        if (allowed.cancel() && !order.closed()) {
            try {
                cancellation = platform.cancellation(id, false);
            } catch (PlatformRefused e) {
                // no preview: the cancel form still works and shows the platform's answer
            }
        }
        DispatchApi.Candidates candidates = null;
        if (allowed.dispatch() && !order.closed()) {
            try {
                candidates = platform.candidates(id);
            } catch (PlatformRefused e) {
                // no ranking (e.g. the order has no position): the form says no one can take it
            }
        }
        if (candidates == null || candidates.candidates() == null) {
            candidates = new DispatchApi.Candidates(id, 0, List.of(), Map.of());
        }
        return Templates.detail(order, payments, cancellation, candidates, allowed, errors,
                failedForm == null ? "" : failedForm, done == null ? "" : done, UUID.randomUUID().toString(),
                workerName(order));
    }

    /** The assigned worker's name for the roles that may read workers; the others see the id. */
    private String workerName(OrderApi.Detail order) {
        if (order.workerId() == null || !has(PortalRoles.OWNER, PortalRoles.DISPATCHER)) {
            return null;
        }
        try {
            WorkerApi.Detail worker = platform.worker(order.workerId());
            return worker == null || worker.summary() == null ? null : worker.summary().displayName();
        } catch (PlatformRefused e) {
            return null;
        }
    }

    private static List<String> status(String status) {
        return Forms.blank(status) ? List.of() : List.of(status.strip());
    }

    private boolean has(String... roles) {
        for (String r : roles) {
            if (identity.hasRole(r)) {
                return true;
            }
        }
        return false;
    }

    private Msg msg() {
        return Bundles.of(Msg.class, language.locale());
    }
}
