package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.AvailabilityApi;
import io.hearth.portal.api.WorkerApi;
import io.hearth.portal.web.Bundles;
import io.hearth.portal.web.FormErrors;
import io.hearth.portal.web.Msg;
import io.hearth.portal.web.OffsetPager;
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
import jakarta.ws.rs.DefaultValue;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Workers: the audit queue (pending workers first), every worker by audit status, a worker's profile with
 * certificates (scans through {@link FileProxy}), eligibility, ratings and audit history; owners approve, reject
 * (with a reason, after confirmation) and set the level. The profile also shows the worker's week, the exceptions of
 * the coming 30 days and the visits booked for the coming 7 days. Levels are listed and created here too.
 */
@Path("/workers")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.DISPATCHER })
@Produces(MediaType.TEXT_HTML)
public class WorkerPages {

    static final int PER_PAGE = 20;

    @CheckedTemplate(basePath = "WorkerPages")
    static class Templates {
        static native TemplateInstance list(List<WorkerApi.Summary> workers, OffsetPager pager, String auditStatus,
                String q, List<String> statuses);

        static native TemplateInstance detail(WorkerApi.Detail worker, List<WorkerApi.Decision> history,
                List<WorkerApi.Level> levels, boolean isOwner, FormErrors errors, String failedForm, String done,
                AvailabilityApi.WorkerSchedule schedule, WorkerWeekGrid week);

        static native TemplateInstance levels(List<WorkerApi.Level> levels, boolean isOwner, Map<String, String> typed,
                FormErrors errors);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    SecurityIdentity identity;

    @Inject
    UserLanguage language;

    /** Without a filter: the audit queue (PENDING). {@code auditStatus=ALL}: everyone. */
    @GET
    public TemplateInstance list(@QueryParam("auditStatus") String auditStatus, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page) {
        String status = auditStatus == null ? "PENDING" : auditStatus;
        String filter = WorkerApi.AUDIT_STATUSES.contains(status) ? status : null;
        int p = Math.max(0, page);
        String query = Forms.trimmed(q);
        WorkerApi.Page<WorkerApi.Summary> workers = platform.workers(filter, null, null, query, p, PER_PAGE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("auditStatus", filter == null ? "ALL" : filter);
        filters.put("q", query);
        return Templates.list(workers.items(), OffsetPager.of("/workers", filters, p, PER_PAGE, workers.total()),
                filter == null ? "ALL" : filter, query == null ? "" : query, WorkerApi.AUDIT_STATUSES);
    }

    @GET
    @Path("/{id:[0-9a-fA-F-]{36}}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(id, FormErrors.none(), null, done);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(PortalRoles.OWNER)
    public Response approve(@PathParam("id") String id, @FormParam("reason") String note) {
        return act(id, "approve", FormErrors.none(), () -> platform.approveWorker(id, new WorkerApi.NoteInput(Forms.trimmed(note))));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(PortalRoles.OWNER)
    public Response reject(@PathParam("id") String id, @FormParam("reason") String reason) {
        FormErrors errors = FormErrors.none();
        String r = new Forms(errors, msg()).required("reason", reason);
        return act(id, "reject", errors, () -> platform.rejectWorker(id, new WorkerApi.ReasonInput(r)));
    }

    @POST
    @Path("/{id}/level")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(PortalRoles.OWNER)
    public Response level(@PathParam("id") String id, @FormParam("levelId") String levelId) {
        return act(id, "level", FormErrors.none(), () -> platform.setWorkerLevel(id, new WorkerApi.LevelChange(Forms.trimmed(levelId))));
    }

    @GET
    @Path("/levels")
    public TemplateInstance levels() {
        return Templates.levels(platform.workerLevels(), isOwner(), Map.of(), FormErrors.none());
    }

    @POST
    @Path("/levels")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(PortalRoles.OWNER)
    public Response createLevel(@FormParam("code") String code, @FormParam("name") String name,
            @FormParam("sortOrder") String sortOrder) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        String c = check.required("code", code);
        String n = check.required("name", name);
        Integer s = check.integer("sortOrder", sortOrder, false);
        if (!errors.any()) {
            try {
                platform.createWorkerLevel(new WorkerApi.LevelInput(c, n, s == null ? 0 : s));
                return Response.seeOther(URI.create("/workers/levels")).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("code", CatalogPages.nz(code));
        typed.put("name", CatalogPages.nz(name));
        typed.put("sortOrder", CatalogPages.nz(sortOrder));
        return Response.status(422).entity(Templates.levels(platform.workerLevels(), isOwner(), typed, errors)).build();
    }

    private Response act(String id, String form, FormErrors errors, Runnable call) {
        if (!errors.any()) {
            try {
                call.run();
                return Response.seeOther(URI.create("/workers/" + id + "?done=" + form)).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        return Response.status(422).entity(page(id, errors, form, null)).build();
    }

    private TemplateInstance page(String id, FormErrors errors, String failedForm, String done) {
        WorkerApi.Detail worker = platform.worker(id);
        List<WorkerApi.Decision> history = platform.workerHistory(id);
        List<WorkerApi.Level> levels = isOwner() ? platform.workerLevels() : List.of();
        AvailabilityApi.WorkerSchedule schedule = schedule(id);
        return Templates.detail(worker, history == null ? List.of() : history, levels == null ? List.of() : levels,
                isOwner(), errors, failedForm == null ? "" : failedForm, done == null ? "" : done, schedule,
                WorkerWeekGrid.of(schedule == null ? List.of() : schedule.week()));
    }

    /** The worker's windows, exceptions and bookings; null (the page says so) when the platform refuses them. */
    private AvailabilityApi.WorkerSchedule schedule(String id) {
        try {
            return platform.workerAvailability(id);
        } catch (PlatformRefused e) {
            return null;
        }
    }

    private boolean isOwner() {
        return identity.hasRole(PortalRoles.OWNER);
    }

    private Msg msg() {
        return Bundles.of(Msg.class, language.locale());
    }
}
