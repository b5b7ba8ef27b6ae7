package io.hearth.portal.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;

/**
 * Customers need platform APIs that are being built now: their menu entry leads here until then.
 */
@Path("/coming/{feature}")
@Authenticated
public class ComingPage {

    static final Map<String, Set<String>> FEATURES = Map.of("customers", AdminRoles.CUSTOMERS);

    @CheckedTemplate(basePath = "ComingPage")
    static class Templates {
        static native TemplateInstance coming(String feature);
    }

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("feature") String feature) {
        Set<String> roles = FEATURES.get(feature);
        if (roles == null) {
            throw new NotFoundException();
        }
        if (roles.stream().noneMatch(identity::hasRole)) {
            throw new ForbiddenException();
        }
        return Templates.coming(feature);
    }
}
