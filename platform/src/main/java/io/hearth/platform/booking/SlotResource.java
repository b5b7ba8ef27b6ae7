package io.hearth.platform.booking;

import io.hearth.platform.shared.tenancy.NamedTenant;
import io.hearth.platform.shared.web.ApiException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Free start times for a service at an address (anonymous; tenant named by header). */
@Path("/api/app/slots")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App: booking")
public class SlotResource {

    @Inject
    NamedTenant namedTenant;

    @Inject
    SlotSearch search;

    @GET
    @Operation(summary = "Start times on the tenant's grid with how many workers are free (or the chosen worker's free"
            + " starts), for one service item (itemId) or one package (packageId)")
    public SlotSearch.Answer slots(@HeaderParam(NamedTenant.SLUG_HEADER) String slug,
            @HeaderParam(NamedTenant.APP_ID_HEADER) String appId, @QueryParam("itemId") String itemId,
            @QueryParam("packageId") String packageId, @QueryParam("quantity") String quantity,
            @QueryParam("lat") String lat, @QueryParam("lng") String lng, @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("workerId") String workerId) {
        var tenant = namedTenant.require(slug, appId);
        double latitude = number("lat", lat);
        double longitude = number("lng", lng);
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw ApiException.unprocessable("slot-coordinates", lat, lng);
        }
        int qty = quantity == null || quantity.isBlank() ? 1 : (int) integer("quantity", quantity);
        var query = new SlotSearch.Query(optionalUuid("itemId", itemId), optionalUuid("packageId", packageId), qty,
                latitude, longitude, date("from", from), date("to", to), optionalUuid("workerId", workerId));
        return search.search(tenant, query);
    }

    private static ApiException bad(String name, String value) {
        return new ApiException(400, "slot-bad-parameter", name, value == null ? "" : value);
    }

    private static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw bad(name, value);
        }
    }

    private static UUID optionalUuid(String name, String value) {
        return value == null || value.isBlank() ? null : uuid(name, value);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw bad(name, value);
        }
    }

    private static double number(String name, String value) {
        try {
            double d = Double.parseDouble(value);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw bad(name, value);
            }
            return d;
        } catch (NumberFormatException | NullPointerException e) {
            throw bad(name, value);
        }
    }

    private static long integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw bad(name, value);
        }
    }
}
