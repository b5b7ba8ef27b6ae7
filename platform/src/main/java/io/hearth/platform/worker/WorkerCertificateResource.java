package io.hearth.platform.worker;

import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in worker's certificates. */
@Path("/api/worker/me/certificates")
@RolesAllowed("worker")
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worker: my certificates")
public class WorkerCertificateResource {

    @Inject
    WorkerCertificates certificates;

    @Inject
    JsonWebToken token;

    @GET
    public List<WorkerDto.Certificate> list() {
        return certificates.list(me());
    }

    @POST
    public Response add(@NotNull @Valid WorkerDto.CertificateInput in) {
        WorkerDto.Certificate c = certificates.add(me(), in);
        return Response.created(URI.create("/api/worker/me/certificates/" + c.id())).entity(c).build();
    }

    @GET
    @Path("/{id}")
    public WorkerDto.Certificate get(@PathParam("id") UUID id) {
        return certificates.get(me(), id);
    }

    @PUT
    @Path("/{id}")
    public WorkerDto.Certificate update(@PathParam("id") UUID id, @NotNull @Valid WorkerDto.CertificateInput in) {
        return certificates.update(me(), id, in);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id) {
        certificates.delete(me(), id);
        return Response.noContent().build();
    }

    private UUID me() {
        return UUID.fromString(token.getSubject());
    }
}
