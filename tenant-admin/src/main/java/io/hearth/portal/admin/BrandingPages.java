package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.BrandingApi;
import io.hearth.portal.api.FileApi;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Settings → branding: the name customers see, the primary colour, the logo, the WeChat mini-program AppID and the
 * customer-service phone (owner and marketing, as the platform's API); the H5 host is the platform's and shown read
 * only. One multipart form: a chosen logo file is uploaded to the platform first (purpose TENANT_LOGO), then the
 * branding is saved with its id. The preview beside the form is the mini program's home screen in the chosen
 * colour, kept current by the page's script; the portal warns when white text on the colour fails WCAG AA.
 */
@Path("/settings/branding")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.MARKETING })
public class BrandingPages {

    static final String LOGO_PURPOSE = "TENANT_LOGO";
    /** What the preview paints without a (valid) colour: the portals' own. */
    static final String DEFAULT_COLOR = "#c2410c";
    private static final Pattern APP_ID = Pattern.compile("wx[0-9a-f]{16}");
    private static final Pattern PHONE = Pattern.compile("(?=.{5,20}$)\\+?[0-9]+(-[0-9]+)*");

    /** The form as loaded or typed; {@code logoUrl} and {@code h5Host} are the platform's, shown only. */
    public record Form(String displayName, String primaryColor, String logoFileId, String logoUrl,
            String miniProgramAppId, String servicePhone, String h5Host, String version) {

        static Form of(BrandingApi.Branding b) {
            return new Form(nz(b.displayName()), nz(b.primaryColor()), b.logoFileId(), b.logoUrl(),
                    nz(b.miniProgramAppId()), nz(b.servicePhone()), b.h5Host(), String.valueOf(b.version()));
        }

        /** The colour the preview paints: the typed one when it is a colour. */
        public String previewColor() {
            return WhiteTextContrast.isColor(primaryColor) ? primaryColor.toLowerCase(java.util.Locale.ROOT)
                    : DEFAULT_COLOR;
        }

        public boolean lowContrast() {
            return WhiteTextContrast.failsAa(previewColor());
        }

        public String contrastRatio() {
            return WhiteTextContrast.format(WhiteTextContrast.ratio(previewColor()));
        }

        /** The logo as this page can load it: an uploaded file through the portal's {@code /files} proxy. */
        public String logoPreviewSrc() {
            return logoFileId != null ? "/files/" + logoFileId : logoUrl;
        }
    }

    @CheckedTemplate(basePath = "BrandingPages")
    static class Templates {
        static native TemplateInstance branding(Form form, FormErrors errors, boolean saved);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    UserLanguage language;

    @GET
    public TemplateInstance page(@QueryParam("saved") String saved) {
        return Templates.branding(Form.of(platform.branding()), FormErrors.none(), saved != null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response save(@RestForm String displayName, @RestForm String primaryColor, @RestForm String logoFileId,
            @RestForm String removeLogo, @RestForm String miniProgramAppId, @RestForm String servicePhone,
            @RestForm String version, @RestForm("logo") FileUpload logo) {
        FormErrors errors = FormErrors.none();
        Forms check = new Forms(errors, Bundles.of(Msg.class, language.locale()));
        Tb ta = Bundles.of(Tb.class, language.locale());
        String name = check.required("displayName", displayName);
        String color = Forms.trimmed(primaryColor);
        if (color != null && !WhiteTextContrast.isColor(color)) {
            errors.field("primaryColor", ta.brandingColorFormat());
        }
        String appId = Forms.trimmed(miniProgramAppId);
        if (appId != null && !APP_ID.matcher(appId).matches()) {
            errors.field("miniProgramAppId", ta.brandingAppIdFormat());
        }
        String phone = Forms.trimmed(servicePhone);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.field("servicePhone", ta.brandingPhoneFormat());
        }
        String logoId = "true".equals(removeLogo) ? null : Forms.trimmed(logoFileId);
        if (!errors.any() && chosen(logo)) {
            try {
                FileApi.Info uploaded = platform.uploadFile(logo.uploadedFile().toFile(), LOGO_PURPOSE);
                logoId = uploaded.id();
            } catch (PlatformRefused e) {
                errors.field("logo", PlatformProblem.forForm(e).detail());
            }
        }
        if (!errors.any()) {
            try {
                platform.putBranding(new BrandingApi.Change(name, color, logoId, appId, phone, integer(version)));
                return Response.seeOther(URI.create("/settings/branding?saved=1")).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        // The platform's read-only values as they are now; a logo uploaded before a refusal is kept for the next try.
        BrandingApi.Branding now = platform.branding();
        Form typed = new Form(nz(displayName), nz(primaryColor), logoId, logoId == null ? now.logoUrl() : null,
                nz(miniProgramAppId), nz(servicePhone), now.h5Host(), nz(version));
        return Response.status(422).entity(Templates.branding(typed, errors, false)).build();
    }

    /** A browser sends an empty part when no file was chosen. */
    private static boolean chosen(FileUpload logo) {
        return logo != null && logo.uploadedFile() != null && logo.size() > 0;
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
