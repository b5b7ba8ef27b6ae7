package io.hearth.platform.file;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Uploads and downloads of the signed-in staff member, worker or customer, inside their tenant. */
@Path("/api/files")
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CUSTOMER_SERVICE, Roles.FINANCE, Roles.CATALOG_MANAGER,
        Roles.MARKETING, "customer", "worker" })
@TenantScoped
@Tag(name = "Files")
public class FileResource {

    /** The browser may keep a file it was allowed to see; shared caches may not (the answer depends on the token). */
    static final String PRIVATE_CACHE = "private, max-age=3600";

    @Inject
    StoredFiles files;

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a file (form fields: file, purpose); its type is detected from its first bytes")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("purpose") String purpose) {
        FileDto.Info info = files.upload(caller(), purpose, file == null ? null : file.uploadedFile(),
                file == null ? 0 : file.size());
        return Response.created(URI.create("/api/files/" + info.id())).type(MediaType.APPLICATION_JSON).entity(info).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The file's content, for its uploader, the tenant's staff, and anyone of the tenant when public")
    public Response download(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return FileDownloads.answer(files, files.find(caller(), id), ifNoneMatch, PRIVATE_CACHE).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a file: its uploader or the tenant's owner")
    public Response delete(@PathParam("id") UUID id) {
        files.delete(caller(), id);
        return Response.noContent().build();
    }

    private FileCaller caller() {
        return FileCaller.of(token, identity);
    }
}
