package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Certificate scans and catalog images, fetched from the platform with the viewer's token (the browser has no
 * platform token of its own); the platform decides whether the viewer may see the file.
 */
@Path("/files/{id}")
@Authenticated
public class FileProxy {

    @Inject
    @RestClient
    PlatformClient platform;

    @GET
    public Response file(@PathParam("id") String id) {
        try (Response r = platform.file(id)) {
            byte[] body = r.readEntity(byte[].class);
            return Response.ok(body, r.getMediaType()).header("Cache-Control", "private, max-age=300")
                    .header("X-Content-Type-Options", "nosniff").build();
        }
    }
}
