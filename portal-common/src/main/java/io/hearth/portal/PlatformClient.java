package io.hearth.portal;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The platform REST API as the portals see it. The signed-in user's access token is propagated,
 * so the platform — the single place that enforces tenant isolation and roles — decides what the
 * user may see. Base URL: {@code quarkus.rest-client.platform.url}.
 */
@RegisterRestClient(configKey = "platform")
@AccessToken
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface PlatformClient {

    @GET
    @Path("/tenant/me")
    StaffSession me();
}
