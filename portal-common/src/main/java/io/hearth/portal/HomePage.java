package io.hearth.portal;

import io.hearth.portal.web.PlatformRefused;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The landing page after sign-in: who the platform says you are. Pages of each feature are added
 * by the portals as the platform API for them lands.
 */
@Path("/")
@Authenticated
public class HomePage {

    private static final Logger LOG = Logger.getLogger(HomePage.class);

    @CheckedTemplate(basePath = "HomePage")
    static class Templates {
        static native TemplateInstance home(String username, StaffSession session, String platformRefusal,
                boolean platformUnavailable);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    @RestClient
    PlatformClient platform;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        StaffSession session = null;
        String refusal = null;
        boolean unavailable = false;
        try {
            session = platform.me();
        } catch (PlatformRefused e) {
            // The platform answered, and said no (e.g. the tenant is suspended): show its reason.
            refusal = e.problem().detail() == null ? "HTTP " + e.problem().status() : e.problem().detail();
        } catch (WebApplicationException e) {
            refusal = problemDetail(e.getResponse());
        } catch (RuntimeException e) {
            LOG.warnf("Platform API call failed for %s: %s", identity.getPrincipal().getName(), e.toString());
            unavailable = true;
        }
        return Templates.home(identity.getPrincipal().getName(), session, refusal, unavailable);
    }

    private static String problemDetail(Response response) {
        try {
            JsonObject problem = new JsonObject(response.readEntity(String.class));
            return problem.getString("detail", "HTTP " + response.getStatus());
        } catch (RuntimeException e) {
            return "HTTP " + response.getStatus();
        }
    }
}
