package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.StatsApi;
import io.hearth.portal.web.PortalRoles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Today's orders by status, this week's orders and paid amount per service day, new customers per day and what is
 * waiting on the alert board: the platform's {@code /api/tenant/stats/dashboard} (its days are the tenant's), drawn
 * with Chart.js. The alert and complaint counts link to the board for the roles that may see it.
 */
@Path("/dashboard")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.DISPATCHER, PortalRoles.CUSTOMER_SERVICE, PortalRoles.FINANCE })
public class DashboardPage {

    @CheckedTemplate(basePath = "DashboardPage")
    static class Templates {
        static native TemplateInstance dashboard(StatsApi.Dashboard stats, boolean alertLinks);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        boolean alertLinks = AdminRoles.ALERTS.stream().anyMatch(identity::hasRole);
        return Templates.dashboard(platform.dashboardStats(null, null), alertLinks);
    }
}
