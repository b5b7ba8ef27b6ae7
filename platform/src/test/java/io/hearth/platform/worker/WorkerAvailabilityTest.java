package io.hearth.platform.worker;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static io.hearth.platform.worker.WorkerFixtures.window;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class WorkerAvailabilityTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void overlappingWindowsAreRefusedAndTheOldWeekStays() {
        AppUsers.Session worker = TwoTenants.create(sms).a().worker();
        as(worker).body(Map.of("windows", List.of(window(2, "09:00", "17:00")))).when().put("/api/worker/me/availability")
                .then().statusCode(200);

        as(worker).body(Map.of("windows", List.of(window(1, "08:00", "12:00"), window(1, "11:30", "14:00"))))
                .when().put("/api/worker/me/availability")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("availability-overlap"))
                .body("detail", containsString("11:30"));
        as(worker).body(Map.of("windows", List.of(window(3, "18:00", "09:00"))))
                .when().put("/api/worker/me/availability")
                .then().statusCode(422).body("code", equalTo("availability-end-before-start"));
        as(worker).body(Map.of("windows", List.of(window(8, "08:00", "09:00"))))
                .when().put("/api/worker/me/availability").then().statusCode(400);

        as(worker).when().get("/api/worker/me/availability").then().statusCode(200)
                .body("", hasSize(1)).body("[0].weekday", equalTo(2)).body("[0].start", equalTo("09:00:00"));

        // Replacing the week replaces it whole; an empty week clears it.
        as(worker).body(Map.of("windows", List.of(window(1, "08:00", "12:00"), window(1, "12:00", "16:00"))))
                .when().put("/api/worker/me/availability").then().statusCode(200).body("weekday", equalTo(List.of(1, 1)));
        as(worker).body(Map.of("windows", List.of())).when().put("/api/worker/me/availability").then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void theDatabaseItselfRefusesOverlappingWindows() throws SQLException {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        UUID tenant = a.tenant().id();
        UUID worker = UUID.fromString(a.worker().subjectId());
        String insert = "insert into availability_window (tenant_id, id, worker_id, weekday, start_minute, end_minute) values (?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(insert)) {
            bind(ps, tenant, worker, 1, 8 * 60, 12 * 60).executeUpdate();
            bind(ps, tenant, worker, 1, 12 * 60, 14 * 60).executeUpdate(); // touching is fine
            bind(ps, tenant, worker, 2, 9 * 60, 13 * 60).executeUpdate(); // another day is fine
            SQLException refused = assertThrows(SQLException.class, () -> bind(ps, tenant, worker, 1, 11 * 60, 13 * 60).executeUpdate());
            assertEquals("23P01", refused.getSQLState()); // exclusion_violation
            assertThrows(SQLException.class, () -> bind(ps, tenant, worker, 3, 10 * 60, 9 * 60).executeUpdate());
        }
        as(a.worker()).when().get("/api/worker/me/availability").then().body("", hasSize(3));
    }

    @Test
    void exceptionsNeedAValidRangeAndAFutureDate() {
        AppUsers.Session worker = TwoTenants.create(sms).a().worker();
        String tomorrow = LocalDate.now().plusDays(1).toString();
        as(worker).body(Map.of("date", tomorrow, "kind", "EXTRA_HOURS")).when().post("/api/worker/me/availability/exceptions")
                .then().statusCode(422).body("code", equalTo("availability-exception-range"));
        as(worker).body(Map.of("date", tomorrow, "kind", "DAY_OFF", "start", "14:00", "end", "10:00"))
                .when().post("/api/worker/me/availability/exceptions")
                .then().statusCode(422).body("code", equalTo("availability-end-before-start"));
        as(worker).body(Map.of("date", LocalDate.now().minusDays(2).toString(), "kind", "DAY_OFF"))
                .when().post("/api/worker/me/availability/exceptions")
                .then().statusCode(422).body("code", equalTo("availability-exception-past"));
        as(worker).body(Map.of("date", tomorrow, "kind", "HOLIDAY")).when().post("/api/worker/me/availability/exceptions")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        as(worker).when().get("/api/worker/me/availability/exceptions").then().body("", hasSize(0));

        String id = as(worker).body(Map.of("date", tomorrow, "kind", "DAY_OFF", "start", "14:00", "end", "18:00"))
                .when().post("/api/worker/me/availability/exceptions").then().statusCode(201).extract().path("id");
        as(worker).when().delete("/api/worker/me/availability/exceptions/" + id).then().statusCode(204);
        as(worker).when().get("/api/worker/me/availability/exceptions").then().body("", hasSize(0));
    }

    private static PreparedStatement bind(PreparedStatement ps, UUID tenant, UUID worker, int weekday, int start, int end)
            throws SQLException {
        ps.setObject(1, tenant);
        ps.setObject(2, UUID.randomUUID());
        ps.setObject(3, worker);
        ps.setInt(4, weekday);
        ps.setInt(5, start);
        ps.setInt(6, end);
        return ps;
    }
}
