package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.CustomerApi;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Customers (owner, customer service, marketing): the searchable list (phone, last four digits or nickname; member
 * level; registration dates) in keyset pages with order stats, and a customer's page — profile with the masked
 * phone, stats, membership and points, masked addresses, latest orders, staff notes and tags (owner, customer
 * service) and the full phone number behind a confirmation (owner, customer service; the platform audits it).
 */
@Path("/customers")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.CUSTOMER_SERVICE, PortalRoles.MARKETING })
@Produces(MediaType.TEXT_HTML)
public class CustomerPages {

    static final int PER_PAGE = 30;
    static final int MAX_NOTE = 1000;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 20;

    /** The list's filters as typed. */
    public record Filter(String q, String memberLevel, String registeredFrom, String registeredTo) {
    }

    /** What the viewer's roles allow (the platform checks again). */
    public record Allowed(boolean edit, boolean orders) {
    }

    /** The notes form as shown: saved or as typed. */
    public record NotesForm(String note, String tags, int version) {
    }

    @CheckedTemplate(basePath = "CustomerPages")
    static class Templates {
        static native TemplateInstance list(List<CustomerApi.Row> customers, KeysetPager pager, Filter filter,
                FormErrors errors);

        static native TemplateInstance detail(CustomerApi.Detail customer, Allowed allowed, NotesForm notes,
                FormErrors errors, String done, String revealedPhone);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    SecurityIdentity identity;

    @Inject
    UserLanguage language;

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("memberLevel") String memberLevel,
            @QueryParam("registeredFrom") String registeredFrom, @QueryParam("registeredTo") String registeredTo,
            @QueryParam("cursor") String cursor, @QueryParam("trail") String trail) {
        Filter filter = new Filter(CatalogPages.nz(q), CatalogPages.nz(memberLevel), CatalogPages.nz(registeredFrom),
                CatalogPages.nz(registeredTo));
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        check.date("registeredFrom", registeredFrom, false);
        check.date("registeredTo", registeredTo, false);
        if (errors.any()) {
            return Response.status(422).entity(Templates.list(List.of(), new KeysetPager(null, null, null), filter,
                    errors)).build();
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", Forms.trimmed(q));
        filters.put("memberLevel", Forms.trimmed(memberLevel));
        filters.put("registeredFrom", Forms.trimmed(registeredFrom));
        filters.put("registeredTo", Forms.trimmed(registeredTo));
        try {
            CustomerApi.Page page = platform.customers(Forms.trimmed(q), Forms.trimmed(memberLevel),
                    Forms.trimmed(registeredFrom), Forms.trimmed(registeredTo), Forms.trimmed(cursor), PER_PAGE);
            return Response.ok(Templates.list(page.items(),
                    KeysetPager.of("/customers", filters, Forms.trimmed(cursor), trail, page.nextCursor()), filter,
                    errors)).build();
        } catch (PlatformRefused e) {
            errors.platform(PlatformProblem.forForm(e));
            return Response.status(422).entity(Templates.list(List.of(), new KeysetPager(null, null, null), filter,
                    errors)).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        CustomerApi.Detail customer = platform.customer(id);
        return page(customer, saved(customer), FormErrors.none(), done, null);
    }

    /** The platform's field names are the form's; an error about one tag ({@code tags[3]}) shows at the tags field. */
    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CUSTOMER_SERVICE })
    public Response notes(@PathParam("id") String id, @FormParam("note") String note, @FormParam("tags") String tags,
            @FormParam("version") String version) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        Tb ta = Bundles.of(Tb.class, language.locale());
        String n = Forms.trimmed(note);
        if (n != null && n.codePointCount(0, n.length()) > MAX_NOTE) {
            errors.field("note", ta.noteTooLong());
        }
        List<String> tagList = tags(tags);
        if (tagList.size() > MAX_TAGS) {
            errors.field("tags", ta.tooManyTags());
        } else if (tagList.stream().anyMatch(t -> t.codePointCount(0, t.length()) > MAX_TAG)) {
            errors.field("tags", ta.tagTooLong());
        }
        Integer v = check.integer("version", version, true);
        boolean stale = false;
        if (!errors.any()) {
            try {
                platform.putCustomerNotes(id, new CustomerApi.NotesInput(n, tagList, v));
                return Response.seeOther(URI.create("/customers/" + id + "?done=notes")).build();
            } catch (PlatformRefused e) {
                PlatformProblem problem = PlatformProblem.forForm(e);
                stale = problem.status() == 409;
                errors.general(problem.detail());
                problem.fieldErrors().forEach((field, message) -> errors.field(field.startsWith("tags[") ? "tags" : field,
                        message));
            }
        }
        CustomerApi.Detail customer = platform.customer(id);
        // After a conflict the form keeps what was typed but carries the current version: saving again is a choice
        // made after seeing the notes someone else saved (shown above the form). Otherwise it keeps the version the
        // editor started from, so a change made meanwhile is still caught.
        int current = customer.notes() == null ? 0 : customer.notes().version();
        NotesForm typed = new NotesForm(CatalogPages.nz(note), CatalogPages.nz(tags), stale || v == null ? current : v);
        return Response.status(422).entity(page(customer, typed, errors, null, null)).build();
    }

    /** Answers the page itself (no redirect), so the number is in no URL and no history entry. */
    @POST
    @Path("/{id}/phone")
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.CUSTOMER_SERVICE })
    public TemplateInstance revealPhone(@PathParam("id") String id) {
        CustomerApi.PhoneReveal reveal = platform.revealCustomerPhone(id);
        CustomerApi.Detail customer = platform.customer(id);
        return page(customer, saved(customer), FormErrors.none(), null, reveal.phone());
    }

    private TemplateInstance page(CustomerApi.Detail customer, NotesForm notes, FormErrors errors, String done,
            String revealedPhone) {
        Allowed allowed = new Allowed(has(PortalRoles.OWNER, PortalRoles.CUSTOMER_SERVICE),
                AdminRoles.ORDERS_READ.stream().anyMatch(identity::hasRole));
        return Templates.detail(customer, allowed, notes, errors, done == null ? "" : done,
                revealedPhone == null ? "" : revealedPhone);
    }

    private static NotesForm saved(CustomerApi.Detail customer) {
        CustomerApi.Notes n = customer.notes();
        return n == null ? new NotesForm("", "", 0) : new NotesForm(CatalogPages.nz(n.note()), n.tagsText(), n.version());
    }

    /** Comma separated (also the full-width ，、), trimmed, blanks and duplicates (ignoring case) dropped, as the platform does. */
    static List<String> tags(String typed) {
        List<String> out = new ArrayList<>();
        if (typed == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (String t : typed.split("[,，、]")) {
            if (!t.isBlank() && seen.add(t.strip().toLowerCase(Locale.ROOT))) {
                out.add(t.strip());
            }
        }
        return out;
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
