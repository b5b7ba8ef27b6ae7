package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.StaffApi;
import io.hearth.portal.web.Bundles;
import io.hearth.portal.web.FormErrors;
import io.hearth.portal.web.Msg;
import io.hearth.portal.web.PlatformProblem;
import io.hearth.portal.web.PlatformRefused;
import io.hearth.portal.web.PortalRoles;
import io.hearth.portal.web.UserLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff accounts of the company, for its owner: every account with roles and status, a new account with roles (its
 * temporary password shown once, never stored by the portal), an account's roles, disable / enable and password
 * reset behind a confirmation. The platform decides (plan limit, taken username, the company keeps an enabled owner,
 * nobody disables themselves); its refusals are shown on the form, its field errors at the fields (the form's field
 * names are the platform's: {@code username}, {@code email}, {@code roles}).
 */
@Path("/staff")
@RolesAllowed(PortalRoles.OWNER)
@Produces(MediaType.TEXT_HTML)
public class StaffPages {

    /** The new-account form as typed. */
    public record InviteForm(String username, String email, String firstName, String lastName, List<String> roles) {

        static InviteForm empty() {
            return new InviteForm("", "", "", "", List.of());
        }

        public boolean has(String role) {
            return roles.contains(role);
        }
    }

    @CheckedTemplate(basePath = "StaffPages")
    static class Templates {
        static native TemplateInstance list(StaffApi.Staff staff, String usage, String q, InviteForm invite,
                FormErrors errors, List<String> roles);

        static native TemplateInstance account(StaffApi.Account account, List<String> roles, List<String> checked,
                FormErrors errors, String done);

        static native TemplateInstance password(StaffApi.Account account, String temporaryPassword, boolean created);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    UserLanguage language;

    @GET
    public TemplateInstance list(@QueryParam("q") String q) {
        String query = Forms.trimmed(q);
        StaffApi.Staff staff = platform.staff(query);
        return Templates.list(staff, usage(staff), query == null ? "" : query, InviteForm.empty(), FormErrors.none(),
                StaffApi.ROLES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(MultivaluedMap<String, String> form) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, msg());
        String username = check.required("username", form.getFirst("username"));
        String email = check.required("email", form.getFirst("email"));
        String firstName = check.required("firstName", form.getFirst("firstName"));
        String lastName = Forms.trimmed(form.getFirst("lastName"));
        List<String> roles = roles(form.get("roles"), errors);
        InviteForm typed = new InviteForm(CatalogPages.nz(form.getFirst("username")), CatalogPages.nz(form.getFirst("email")),
                CatalogPages.nz(form.getFirst("firstName")), CatalogPages.nz(form.getFirst("lastName")), roles);
        if (!errors.any()) {
            try {
                StaffApi.Invited invited = platform.inviteStaff(new StaffApi.Invite(username, email, firstName, lastName,
                        roles));
                return secret(Templates.password(invited.account(), invited.temporaryPassword(), true));
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        StaffApi.Staff staff = platform.staff(null);
        return Response.status(422).entity(Templates.list(staff, usage(staff), "", typed, errors, StaffApi.ROLES))
                .build();
    }

    @GET
    @Path("/{id:[0-9a-fA-F-]{36}}")
    public TemplateInstance account(@PathParam("id") String id, @QueryParam("done") String done) {
        StaffApi.Account account = platform.staffAccount(id);
        return Templates.account(account, StaffApi.ROLES, account.roles(), FormErrors.none(), done == null ? "" : done);
    }

    @POST
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response roles(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        FormErrors errors = FormErrors.none();
        List<String> roles = roles(form.get("roles"), errors);
        return act(id, "roles", errors, roles, () -> platform.setStaffRoles(id, new StaffApi.RolesChange(roles)));
    }

    @POST
    @Path("/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("id") String id) {
        return act(id, "disabled", FormErrors.none(), null, () -> platform.disableStaff(id));
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") String id) {
        return act(id, "enabled", FormErrors.none(), null, () -> platform.enableStaff(id));
    }

    @POST
    @Path("/{id}/password-reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") String id) {
        FormErrors errors = FormErrors.none();
        try {
            StaffApi.PasswordReset reset = platform.resetStaffPassword(id);
            return secret(Templates.password(reset.account(), reset.temporaryPassword(), false));
        } catch (PlatformRefused e) {
            errors.platform(PlatformProblem.forForm(e));
        }
        return failed(id, errors, null);
    }

    /** The platform's change, then back to the account (a redirect, so a reload does not repeat it). */
    private Response act(String id, String done, FormErrors errors, List<String> typedRoles, Supplier<?> call) {
        if (!errors.any()) {
            try {
                call.get();
                return Response.seeOther(URI.create("/staff/" + id + "?done=" + done)).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        return failed(id, errors, typedRoles);
    }

    private Response failed(String id, FormErrors errors, List<String> typedRoles) {
        StaffApi.Account account = platform.staffAccount(id);
        return Response.status(422).entity(Templates.account(account, StaffApi.ROLES,
                typedRoles == null ? account.roles() : typedRoles, errors, "")).build();
    }

    /** The checked roles in the usual order; none, or one the page never offered, is a field error. */
    private List<String> roles(List<String> checked, FormErrors errors) {
        List<String> given = checked == null ? List.of() : checked.stream().filter(r -> !Forms.blank(r)).map(String::strip).toList();
        if (given.isEmpty()) {
            errors.field("roles", ta().chooseRoles());
        } else if (!StaffApi.ROLES.containsAll(given)) {
            errors.field("roles", ta().unknownRole());
        }
        return StaffApi.ROLES.stream().filter(given::contains).toList();
    }

    /** How many enabled accounts the plan allows and uses (the texts take strings: "1000", not "1,000"). */
    private String usage(StaffApi.Staff staff) {
        String enabled = String.valueOf(staff.enabledAccounts());
        return staff.maxStaffAccounts() == null ? ta().staffUsageNoLimit(enabled)
                : ta().staffUsage(enabled, String.valueOf(staff.maxStaffAccounts()));
    }

    /** A page with a password on it: kept out of every cache and the browser's history store. */
    private static Response secret(TemplateInstance page) {
        return Response.ok(page).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    private Msg msg() {
        return Bundles.of(Msg.class, language.locale());
    }

    private Tb ta() {
        return Bundles.of(Tb.class, language.locale());
    }
}
