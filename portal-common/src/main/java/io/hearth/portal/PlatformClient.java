package io.hearth.portal;

import io.hearth.portal.api.CatalogApi;
import io.hearth.portal.api.ChatApi;
import io.hearth.portal.api.CustomerApi;
import io.hearth.portal.api.DispatchApi;
import io.hearth.portal.api.FileApi;
import io.hearth.portal.api.InboxApi;
import io.hearth.portal.api.NotificationApi;
import io.hearth.portal.api.OrderApi;
import io.hearth.portal.api.PricingApi;
import io.hearth.portal.api.StaffApi;
import io.hearth.portal.api.WorkerApi;
import io.hearth.portal.web.LanguageHeaders;
import io.hearth.portal.web.PlatformProblem;
import io.hearth.portal.web.PlatformRefused;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The platform REST API as the portals see it. The signed-in user's access token is propagated,
 * so the platform — the single place that enforces tenant isolation and roles — decides what the
 * user may see; the user's language goes along as Accept-Language so refusals come back translated.
 * Base URL: {@code quarkus.rest-client.platform.url}. A refusal arrives as a {@link PlatformRefused} carrying the
 * platform's problem+json; the platform not answering as a {@code ProcessingException}.
 */
@RegisterRestClient(configKey = "platform")
@RegisterClientHeaders(LanguageHeaders.class)
@AccessToken
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PlatformClient {

    /** Every error answer becomes a {@link PlatformRefused} carrying the platform's (translated) problem. */
    @ClientExceptionMapper
    static RuntimeException refusal(Response response) {
        return response.getStatus() >= 400 ? new PlatformRefused(PlatformProblem.of(response)) : null;
    }

    @GET
    @Path("/tenant/me")
    StaffSession me();

    // ---- catalog ----

    @GET
    @Path("/tenant/catalog/categories")
    List<CatalogApi.Category> categories();

    @GET
    @Path("/tenant/catalog/categories/{id}")
    CatalogApi.Category category(@PathParam("id") String id);

    @POST
    @Path("/tenant/catalog/categories")
    CatalogApi.Category createCategory(CatalogApi.CategoryInput in);

    @PUT
    @Path("/tenant/catalog/categories/{id}")
    CatalogApi.Category updateCategory(@PathParam("id") String id, CatalogApi.CategoryInput in);

    @DELETE
    @Path("/tenant/catalog/categories/{id}")
    void deleteCategory(@PathParam("id") String id);

    @GET
    @Path("/tenant/catalog/items")
    CatalogApi.Page<CatalogApi.Item> items(@QueryParam("categoryId") String categoryId, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/tenant/catalog/items/{id}")
    CatalogApi.Item item(@PathParam("id") String id);

    @POST
    @Path("/tenant/catalog/items")
    CatalogApi.Item createItem(CatalogApi.ItemInput in);

    @PUT
    @Path("/tenant/catalog/items/{id}")
    CatalogApi.Item updateItem(@PathParam("id") String id, CatalogApi.ItemInput in);

    @POST
    @Path("/tenant/catalog/items/{id}/{action}")
    CatalogApi.Item setItemEnabled(@PathParam("id") String id, @PathParam("action") String action);

    @GET
    @Path("/tenant/catalog/packages")
    List<CatalogApi.Package> packages();

    @POST
    @Path("/tenant/catalog/packages/{id}/{action}")
    CatalogApi.Package setPackageEnabled(@PathParam("id") String id, @PathParam("action") String action);

    // ---- pricing ----

    @GET
    @Path("/tenant/pricing/rules")
    PricingApi.Rules pricingRules();

    @PUT
    @Path("/tenant/pricing/rules")
    PricingApi.Rules replacePricingRules(ObjectNode rules);

    @GET
    @Path("/tenant/pricing/holidays")
    List<PricingApi.Holiday> holidays(@QueryParam("year") String year);

    @PUT
    @Path("/tenant/pricing/holidays/{date}")
    PricingApi.Holiday putHoliday(@PathParam("date") String date, PricingApi.HolidayInput in);

    @DELETE
    @Path("/tenant/pricing/holidays/{date}")
    void deleteHoliday(@PathParam("date") String date);

    // ---- workers ----

    @GET
    @Path("/tenant/workers")
    WorkerApi.Page<WorkerApi.Summary> workers(@QueryParam("auditStatus") String auditStatus,
            @QueryParam("workStatus") String workStatus, @QueryParam("levelId") String levelId,
            @QueryParam("q") String q, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/tenant/workers/{id}")
    WorkerApi.Detail worker(@PathParam("id") String id);

    @GET
    @Path("/tenant/workers/{id}/audit-history")
    List<WorkerApi.Decision> workerHistory(@PathParam("id") String id);

    @POST
    @Path("/tenant/workers/{id}/approve")
    WorkerApi.Detail approveWorker(@PathParam("id") String id, WorkerApi.NoteInput in);

    @POST
    @Path("/tenant/workers/{id}/reject")
    WorkerApi.Detail rejectWorker(@PathParam("id") String id, WorkerApi.ReasonInput in);

    @PUT
    @Path("/tenant/workers/{id}/level")
    WorkerApi.Detail setWorkerLevel(@PathParam("id") String id, WorkerApi.LevelChange in);

    @GET
    @Path("/tenant/worker-levels")
    List<WorkerApi.Level> workerLevels();

    @POST
    @Path("/tenant/worker-levels")
    WorkerApi.Level createWorkerLevel(WorkerApi.LevelInput in);

    /** A stored file (certificate scans), streamed through the portal with the viewer's token. */
    @GET
    @Path("/files/{id}")
    @Produces(MediaType.WILDCARD)
    Response file(@PathParam("id") String id);

    /**
     * Uploads a file for {@code purpose} (SERVICE_IMAGE, WORKER_PHOTO, ...); the platform detects its type from the
     * first bytes and refuses a type the purpose does not accept (422) or a file too large (413).
     */
    @POST
    @Path("/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    FileApi.Info uploadFile(@RestForm("file") @PartType(MediaType.APPLICATION_OCTET_STREAM) java.io.File file,
            @RestForm("purpose") @PartType(MediaType.TEXT_PLAIN) String purpose);

    // ---- orders ----

    @GET
    @Path("/tenant/orders")
    OrderApi.Page<OrderApi.Summary> orders(@QueryParam("status") List<String> status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("workerId") String workerId,
            @QueryParam("customerPhone") String customerPhone, @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit);

    @GET
    @Path("/tenant/orders/{id}")
    OrderApi.Detail order(@PathParam("id") String id);

    @POST
    @Path("/tenant/orders/{id}/assign")
    OrderApi.Detail assign(@PathParam("id") String id, OrderApi.AssignInput in);

    @POST
    @Path("/tenant/orders/{id}/reschedule")
    OrderApi.Detail reschedule(@PathParam("id") String id, OrderApi.RescheduleInput in);

    @GET
    @Path("/tenant/orders/{id}/cancellation")
    OrderApi.Cancellation cancellation(@PathParam("id") String id, @QueryParam("waiveFee") boolean waiveFee);

    @POST
    @Path("/tenant/orders/{id}/cancel")
    OrderApi.Cancellation cancel(@PathParam("id") String id, OrderApi.StaffCancelInput in);

    @GET
    @Path("/tenant/orders/{id}/payments")
    OrderApi.OrderPayments payments(@PathParam("id") String id);

    @POST
    @Path("/tenant/orders/{id}/refunds")
    OrderApi.RefundView refund(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey,
            OrderApi.NewRefund in);

    // ---- dispatch: alerts, complaints, manual queue, candidates, settings ----

    @GET
    @Path("/tenant/dispatch/alerts")
    DispatchApi.Page<DispatchApi.Alert> alerts(@QueryParam("state") String state, @QueryParam("kind") String kind,
            @QueryParam("after") String after, @QueryParam("limit") int limit);

    @GET
    @Path("/tenant/dispatch/alerts/summary")
    DispatchApi.Summary alertSummary();

    @POST
    @Path("/tenant/dispatch/alerts/{id}/acknowledgement")
    DispatchApi.Alert acknowledgeAlert(@PathParam("id") String id);

    @POST
    @Path("/tenant/dispatch/alerts/{id}/resolution")
    DispatchApi.Alert resolveAlert(@PathParam("id") String id, DispatchApi.ResolutionInput in);

    @GET
    @Path("/tenant/complaints")
    DispatchApi.Page<DispatchApi.Complaint> complaints(@QueryParam("state") String state,
            @QueryParam("after") String after, @QueryParam("limit") int limit);

    @POST
    @Path("/tenant/complaints/{id}/handling")
    DispatchApi.Complaint handleComplaint(@PathParam("id") String id);

    @POST
    @Path("/tenant/complaints/{id}/closure")
    DispatchApi.Complaint closeComplaint(@PathParam("id") String id, DispatchApi.ClosureInput in);

    @GET
    @Path("/tenant/dispatch/orders")
    List<DispatchApi.OrderState> dispatchOrders(@QueryParam("state") String state, @QueryParam("limit") int limit);

    @GET
    @Path("/tenant/orders/{id}/dispatch/candidates")
    DispatchApi.Candidates candidates(@PathParam("id") String id);

    @GET
    @Path("/tenant/settings/dispatch")
    DispatchApi.Settings dispatchSettings();

    @PUT
    @Path("/tenant/settings/dispatch")
    DispatchApi.Settings putDispatchSettings(DispatchApi.Settings in);

    @GET
    @Path("/tenant/settings/monitor")
    DispatchApi.MonitorRules monitorRules();

    @PUT
    @Path("/tenant/settings/monitor")
    DispatchApi.MonitorRules putMonitorRules(DispatchApi.MonitorRules in);

    // ---- notification templates ----

    @GET
    @Path("/tenant/notification-templates")
    List<NotificationApi.Template> notificationTemplates();

    @GET
    @Path("/tenant/notification-templates/{event}/{channel}/{locale}")
    NotificationApi.Template notificationTemplate(@PathParam("event") String event, @PathParam("channel") String channel,
            @PathParam("locale") String locale);

    @PUT
    @Path("/tenant/notification-templates/{event}/{channel}/{locale}")
    NotificationApi.Template putNotificationTemplate(@PathParam("event") String event,
            @PathParam("channel") String channel, @PathParam("locale") String locale, NotificationApi.Content in);

    @DELETE
    @Path("/tenant/notification-templates/{event}/{channel}/{locale}")
    NotificationApi.Template resetNotificationTemplate(@PathParam("event") String event,
            @PathParam("channel") String channel, @PathParam("locale") String locale);

    @POST
    @Path("/tenant/notification-templates/{event}/{channel}/{locale}/preview")
    NotificationApi.Preview previewNotificationTemplate(@PathParam("event") String event,
            @PathParam("channel") String channel, @PathParam("locale") String locale, NotificationApi.Content in);

    // ---- chat: support inbox, orders' conversations ----

    @GET
    @Path("/tenant/support/conversations")
    ChatApi.Page<ChatApi.InboxRow> supportConversations(@QueryParam("unread") boolean unread,
            @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    @GET
    @Path("/tenant/support/conversations/{id}/messages")
    ChatApi.MessagePage supportMessages(@PathParam("id") String id, @QueryParam("beforeSeq") Long beforeSeq,
            @QueryParam("limit") int limit);

    @POST
    @Path("/tenant/support/conversations/{id}/messages")
    ChatApi.Sent sendSupportMessage(@PathParam("id") String id, ChatApi.SendInput in);

    @POST
    @Path("/tenant/support/conversations/{id}/read")
    ChatApi.ReadMark readSupport(@PathParam("id") String id, ChatApi.ReadInput in);

    @GET
    @Path("/tenant/orders/{id}/conversation/messages")
    ChatApi.MessagePage orderMessages(@PathParam("id") String id, @QueryParam("beforeSeq") Long beforeSeq,
            @QueryParam("limit") int limit);

    // ---- staff accounts ----

    @GET
    @Path("/tenant/staff")
    StaffApi.Staff staff(@QueryParam("q") String q);

    @GET
    @Path("/tenant/staff/{id}")
    StaffApi.Account staffAccount(@PathParam("id") String id);

    @POST
    @Path("/tenant/staff")
    StaffApi.Invited inviteStaff(StaffApi.Invite in);

    @PUT
    @Path("/tenant/staff/{id}/roles")
    StaffApi.Account setStaffRoles(@PathParam("id") String id, StaffApi.RolesChange in);

    @POST
    @Path("/tenant/staff/{id}/disable")
    StaffApi.Account disableStaff(@PathParam("id") String id);

    @POST
    @Path("/tenant/staff/{id}/enable")
    StaffApi.Account enableStaff(@PathParam("id") String id);

    @POST
    @Path("/tenant/staff/{id}/password-reset")
    StaffApi.PasswordReset resetStaffPassword(@PathParam("id") String id);

    // ---- catalog packages (edit) and the live support inbox ----

    @GET
    @Path("/tenant/catalog/packages/{id}")
    CatalogApi.Package catalogPackage(@PathParam("id") String id);

    @POST
    @Path("/tenant/catalog/packages")
    CatalogApi.Package createPackage(CatalogApi.PackageInput in);

    @PUT
    @Path("/tenant/catalog/packages/{id}")
    CatalogApi.Package updatePackage(@PathParam("id") String id, CatalogApi.PackageInput in);

    /** Messages above {@code afterSeq}, oldest first (catching up); {@code nextAfterSeq} when more follow. */
    @GET
    @Path("/tenant/support/conversations/{id}/messages")
    ChatApi.MessagePage supportMessagesAfter(@PathParam("id") String id, @QueryParam("afterSeq") long afterSeq,
            @QueryParam("limit") int limit);

    @GET
    @Path("/tenant/support/unread")
    InboxApi.Unread supportUnread();

    // ---- branding: the tenant's own branding and mini-program settings ----

    @GET
    @Path("/tenant/settings/branding")
    io.hearth.portal.api.BrandingApi.Branding branding();

    /** 422 with field errors by the change's field names; 409 for a taken AppID or a stale version. */
    @PUT
    @Path("/tenant/settings/branding")
    io.hearth.portal.api.BrandingApi.Branding putBranding(io.hearth.portal.api.BrandingApi.Change in);

    // ---- customers ----

    @GET
    @Path("/tenant/customers")
    CustomerApi.Page customers(@QueryParam("q") String q, @QueryParam("memberLevel") String memberLevel,
            @QueryParam("registeredFrom") String registeredFrom, @QueryParam("registeredTo") String registeredTo,
            @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    @GET
    @Path("/tenant/customers/{id}")
    CustomerApi.Detail customer(@PathParam("id") String id);

    @PUT
    @Path("/tenant/customers/{id}/notes")
    CustomerApi.Notes putCustomerNotes(@PathParam("id") String id, CustomerApi.NotesInput in);

    @POST
    @Path("/tenant/customers/{id}/phone-reveal")
    CustomerApi.PhoneReveal revealCustomerPhone(@PathParam("id") String id);

    // ---- staff statistics, a worker's availability ----

    /** {@code from}/{@code to}: yyyy-MM-dd in the tenant's zone, null for this week up to today. */
    @GET
    @Path("/tenant/stats/dashboard")
    io.hearth.portal.api.StatsApi.Dashboard dashboardStats(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/tenant/workers/{id}/availability")
    io.hearth.portal.api.AvailabilityApi.WorkerSchedule workerAvailability(@PathParam("id") String id);
}
