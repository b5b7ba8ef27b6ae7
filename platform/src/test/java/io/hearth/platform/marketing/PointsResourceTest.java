package io.hearth.platform.marketing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PointsResourceTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    AgroalDataSource dataSource;

    void entry(UUID tenant, String customer, long delta, String reason, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("insert into points_ledger"
                + " (tenant_id, id, customer_id, delta, reason, created_at) values (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, tenant);
            ps.setObject(2, UUID.randomUUID());
            ps.setObject(3, UUID.fromString(customer));
            ps.setLong(4, delta);
            ps.setString(5, reason);
            ps.setTimestamp(6, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    @Test
    void aCustomerSeesTheirOwnBalanceAndLatestEntriesOnly() throws SQLException {
        TwoTenants two = TwoTenants.create(sms);
        String a = two.a().customer().accessToken();
        given().auth().oauth2(a).when().get("/api/app/me/points").then().statusCode(200)
                .body("balance", equalTo(0)).body("recent", hasSize(0));

        Instant now = Instant.now();
        entry(two.a().tenant().id(), two.a().customer().subjectId(), 500, "TEST_GRANT", now.minusSeconds(60));
        entry(two.a().tenant().id(), two.a().customer().subjectId(), -200, "TEST_USE", now);
        entry(two.b().tenant().id(), two.b().customer().subjectId(), 9_000, "TEST_GRANT", now);
        given().auth().oauth2(a).when().get("/api/app/me/points").then().statusCode(200)
                .body("balance", equalTo(300)).body("recent.delta", contains(-200, 500))
                .body("recent.reason", contains("TEST_USE", "TEST_GRANT"));
        given().auth().oauth2(two.b().customer().accessToken()).when().get("/api/app/me/points").then().statusCode(200)
                .body("balance", equalTo(9_000)).body("recent", hasSize(1));

        given().auth().oauth2(two.a().ownerToken()).when().get("/api/app/me/points").then().statusCode(403);
        given().auth().oauth2(two.a().worker().accessToken()).when().get("/api/app/me/points").then().statusCode(403);
        given().when().get("/api/app/me/points").then().statusCode(401).contentType("application/problem+json");
    }
}
