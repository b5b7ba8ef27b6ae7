package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.NotificationApi;
import io.hearth.portal.web.Bundles;
import io.hearth.portal.web.FormErrors;
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
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Settings → notification templates: every event × channel × language, the tenant's own or the built-in one; edit
 * (owner, marketing; customer service reads), reset to the built-in one (with confirmation) and preview with the
 * platform's sample order (htmx). The platform checks placeholders and lengths; provider parameters are typed one
 * per line as {@code name=text}.
 */
@Path("/settings/templates")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.MARKETING, PortalRoles.CUSTOMER_SERVICE })
@Produces(MediaType.TEXT_HTML)
public class TemplatePages {

    /** The edit form as loaded or typed; {@code params} as the textarea shows them. */
    public record Form(String title, String body, String templateCode, String templateId, String page,
            String params) {
    }

    @CheckedTemplate(basePath = "TemplatePages")
    static class Templates {
        static native TemplateInstance list(List<NotificationApi.Template> templates, boolean dispatchTab);

        static native TemplateInstance edit(NotificationApi.Template template, Form form, FormErrors errors,
                boolean canEdit, String done, boolean dispatchTab);

        static native TemplateInstance preview(NotificationApi.Preview preview, FormErrors errors);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    SecurityIdentity identity;

    @Inject
    UserLanguage language;

    @GET
    public TemplateInstance list() {
        List<NotificationApi.Template> all = platform.notificationTemplates();
        return Templates.list(all == null ? List.of() : all, dispatchTab());
    }

    @GET
    @Path("/{event}/{channel}/{locale}")
    public TemplateInstance edit(@PathParam("event") String event, @PathParam("channel") String channel,
            @PathParam("locale") String locale, @QueryParam("done") String done) {
        NotificationApi.Template t = platform.notificationTemplate(event, channel, locale);
        return Templates.edit(t, form(t.content()), FormErrors.none(), canEdit(), done == null ? "" : done,
                dispatchTab());
    }

    @POST
    @Path("/{event}/{channel}/{locale}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.MARKETING })
    public Response save(@PathParam("event") String event, @PathParam("channel") String channel,
            @PathParam("locale") String locale, MultivaluedMap<String, String> form) {
        FormErrors errors = FormErrors.none();
        Form typed = typed(form);
        NotificationApi.Content content = content(typed, errors);
        if (!errors.any()) {
            try {
                platform.putNotificationTemplate(event, channel, locale, content);
                return Response.seeOther(URI.create(path(event, channel, locale) + "?done=saved")).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        NotificationApi.Template t = platform.notificationTemplate(event, channel, locale);
        return Response.status(422).entity(Templates.edit(t, typed, errors, true, "", dispatchTab())).build();
    }

    @POST
    @Path("/{event}/{channel}/{locale}/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ PortalRoles.OWNER, PortalRoles.MARKETING })
    public Response reset(@PathParam("event") String event, @PathParam("channel") String channel,
            @PathParam("locale") String locale) {
        platform.resetNotificationTemplate(event, channel, locale);
        return Response.seeOther(URI.create(path(event, channel, locale) + "?done=reset")).build();
    }

    /** htmx: the form as typed rendered with the platform's sample order; a refusal is shown in its place. */
    @POST
    @Path("/{event}/{channel}/{locale}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(@PathParam("event") String event, @PathParam("channel") String channel,
            @PathParam("locale") String locale, MultivaluedMap<String, String> form) {
        FormErrors errors = FormErrors.none();
        NotificationApi.Content content = content(typed(form), errors);
        if (!errors.any()) {
            try {
                return Templates.preview(platform.previewNotificationTemplate(event, channel, locale, content), errors);
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        return Templates.preview(null, errors);
    }

    static String path(String event, String channel, String locale) {
        return "/settings/templates/" + event + "/" + channel + "/" + locale;
    }

    static Form form(NotificationApi.Content c) {
        if (c == null) {
            return new Form("", "", "", "", "", "");
        }
        StringBuilder params = new StringBuilder();
        if (c.params() != null) {
            new TreeMap<>(c.params()).forEach((k, v) -> params.append(k).append('=').append(v).append('\n'));
        }
        return new Form(CatalogPages.nz(c.title()), CatalogPages.nz(c.body()), CatalogPages.nz(c.templateCode()),
                CatalogPages.nz(c.templateId()), CatalogPages.nz(c.page()), params.toString());
    }

    private static Form typed(MultivaluedMap<String, String> form) {
        return new Form(CatalogPages.nz(form.getFirst("title")), CatalogPages.nz(form.getFirst("body")),
                CatalogPages.nz(form.getFirst("templateCode")), CatalogPages.nz(form.getFirst("templateId")),
                CatalogPages.nz(form.getFirst("page")), CatalogPages.nz(form.getFirst("params")));
    }

    /** The typed form as the platform's content; a parameter line without "=" is a field error. */
    private NotificationApi.Content content(Form f, FormErrors errors) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String line : f.params().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                errors.field("params", Bundles.of(Ta.class, language.locale()).paramLine());
                continue;
            }
            params.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return new NotificationApi.Content(Forms.trimmed(f.title()), Forms.trimmed(f.body()),
                Forms.trimmed(f.templateCode()), Forms.trimmed(f.templateId()), Forms.trimmed(f.page()), params);
    }

    private boolean canEdit() {
        return identity.hasRole(PortalRoles.OWNER) || identity.hasRole(PortalRoles.MARKETING);
    }

    private boolean dispatchTab() {
        return AdminRoles.DISPATCH.stream().anyMatch(identity::hasRole);
    }
}
