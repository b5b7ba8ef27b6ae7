package io.hearth.platform.tenant.directory;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.ServerSocket;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/** Test-only endpoints that reach the real Keycloak directory code with a Keycloak that is not there. */
@Path("/test-probe/directory")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryProbeResource {

    @GET
    @Path("/unreachable")
    public String unreachable() throws IOException {
        try (Keycloak nowhere = unreachableKeycloak()) {
            return new KeycloakTenantDirectory(nowhere, "hearth").ensureOrganization("probe", "Probe", null);
        }
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw new DirectoryConflictException("sparkle-owner");
    }

    /** A client for a port that nothing listens on (it was free a moment ago). */
    static Keycloak unreachableKeycloak() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return KeycloakBuilder.builder().serverUrl("http://127.0.0.1:" + port).realm("hearth")
                .clientId("hearth-platform").clientSecret("irrelevant").grantType("client_credentials").build();
    }
}
