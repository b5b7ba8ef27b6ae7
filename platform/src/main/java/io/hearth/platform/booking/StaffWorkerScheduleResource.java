package io.hearth.platform.booking;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A worker's availability for the staff who read workers (owner, dispatcher, as {@code /api/tenant/workers}). Lives
 * with booking because it shows the worker's bookings next to the windows; the worker feature keeps the windows.
 */
@Path("/api/tenant/workers/{id}/availability")
@RolesAllowed({ Roles.OWNER, Roles.DISPATCHER })
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: workers")
public class StaffWorkerScheduleResource {

    @Inject
    StaffWorkerSchedule schedule;

    @GET
    @Operation(summary = "The worker's weekly windows, exceptions of the coming 30 days and booked visits of the "
            + "coming 7 days (start, end, order id; nothing about customers); times in the tenant's zone")
    public ScheduleDto.WorkerSchedule get(@PathParam("id") UUID id) {
        return schedule.of(id);
    }
}
