package io.hearth.platform.shared.web;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoints that fail in each way the problem mapper must translate. */
@Path("/test-probe/problems")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public record PriceInput(@NotBlank String name, @PositiveOrZero long priceFen) {
    }

    @POST
    @Path("/validated")
    public PriceInput validated(@Valid PriceInput input) {
        return input;
    }

    @GET
    @Path("/page")
    public int page(@QueryParam("size") @Max(100) int size) {
        return size;
    }

    @GET
    @Path("/things/{id}")
    public String missing(@PathParam("id") long id) {
        throw ApiException.notFound("Thing", id);
    }

    @GET
    @Path("/duplicate-at-commit")
    public String duplicateAtCommit() {
        throw new jakarta.persistence.PersistenceException("commit failed", new org.hibernate.exception.ConstraintViolationException(
                "duplicate key", new java.sql.SQLException("duplicate key", "23505"), "tenant_slug_key"));
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internals");
    }
}
