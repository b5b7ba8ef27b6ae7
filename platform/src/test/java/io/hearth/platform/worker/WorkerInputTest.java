package io.hearth.platform.worker;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static io.hearth.platform.worker.WorkerFixtures.certificate;
import static io.hearth.platform.worker.WorkerFixtures.newIdNumber;
import static io.hearth.platform.worker.WorkerFixtures.profile;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.InMemorySkillCatalog;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input is refused as problem+json and nothing is written; personal data is masked and encrypted. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class WorkerInputTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    InMemorySkillCatalog catalog;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void badProfilesAreRefusedAndNothingIsWritten() {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        AppUsers.Session worker = a.worker();
        UUID known = catalog.add(a.tenant().id());
        UUID unknown = UUID.randomUUID();

        Map<String, Object> badEnum = profile("王芳", "OTHER", newIdNumber(), List.of());
        as(worker).body(badEnum).when().put("/api/worker/me").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("gender"));

        Map<String, Object> future = profile("王芳", "FEMALE", newIdNumber(), List.of());
        future.put("birthYear", Year.now().getValue() + 1);
        as(worker).body(future).when().put("/api/worker/me").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("worker-birth-year"));

        Map<String, Object> negative = profile("王芳", "FEMALE", newIdNumber(), List.of());
        negative.put("serviceRadiusKm", -5);
        negative.put("homeLat", 95);
        as(worker).body(negative).when().put("/api/worker/me").then().statusCode(400)
                .body("errors.field", hasItems("serviceRadiusKm", "homeLat"));

        as(worker).body(profile("王芳", "FEMALE", newIdNumber(), List.of(known, unknown))).when().put("/api/worker/me")
                .then().statusCode(422).body("code", equalTo("worker-skills-unknown"))
                .body("detail", containsString(unknown.toString()))
                .body("detail", org.hamcrest.Matchers.not(containsString(known.toString())));

        as(worker).body(profile("王芳", "FEMALE", null, List.of())).when().put("/api/worker/me")
                .then().statusCode(422).body("code", equalTo("worker-id-number-required"));

        as(worker).when().get("/api/worker/me").then().statusCode(200)
                .body("auditStatus", equalTo("REGISTERING")).body("displayName", nullValue())
                .body("idNumber", nullValue()).body("skillIds", hasSize(0));
        as(a.ownerToken()).when().get("/api/tenant/workers/" + worker.subjectId() + "/audit-history").then().body("", hasSize(0));
    }

    @Test
    void badCertificatesAreRefusedAndNothingIsWritten() {
        AppUsers.Session worker = TwoTenants.create(sms).a().worker();
        as(worker).body(certificate("PASSPORT", LocalDate.now().minusDays(1), null)).when().post("/api/worker/me/certificates")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        as(worker).body(certificate("HEALTH", LocalDate.now().minusDays(1), LocalDate.now().minusDays(2)))
                .when().post("/api/worker/me/certificates")
                .then().statusCode(422).body("code", equalTo("worker-certificate-expires-before-issued"));
        as(worker).body(certificate("HEALTH", LocalDate.now().plusDays(5), null)).when().post("/api/worker/me/certificates")
                .then().statusCode(422).body("code", equalTo("worker-certificate-issued-future"));
        Map<String, Object> noNumber = certificate("HEALTH", LocalDate.now().minusDays(1), null);
        noNumber.put("number", " ");
        as(worker).body(noNumber).when().post("/api/worker/me/certificates").then().statusCode(400);
        as(worker).when().get("/api/worker/me/certificates").then().body("", hasSize(0));

        String id = as(worker).body(certificate("HEALTH", LocalDate.now().minusDays(1), null)).when()
                .post("/api/worker/me/certificates").then().statusCode(201).extract().path("id");
        as(worker).body(certificate("HEALTH", LocalDate.now().minusDays(1), LocalDate.now().minusYears(1)))
                .when().put("/api/worker/me/certificates/" + id).then().statusCode(422);
        as(worker).when().get("/api/worker/me/certificates/" + id).then().body("expiresOn", nullValue());
        as(worker).when().delete("/api/worker/me/certificates/" + id).then().statusCode(204);
        as(worker).when().get("/api/worker/me/certificates/" + id).then().statusCode(404);
    }

    @Test
    void staffInputIsChecked() {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        WorkerFixtures.register(a.worker(), "吴敏", "FEMALE");
        String worker = a.worker().subjectId();
        as(a.ownerToken()).body(Map.of("reason", " ")).when().post("/api/tenant/workers/" + worker + "/reject")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as(a.ownerToken()).when().post("/api/tenant/workers/" + worker + "/reject").then().statusCode(400);
        as(a.ownerToken()).when().get("/api/tenant/workers?auditStatus=WAITING").then().statusCode(400).body("code", equalTo("query-enum-value"));
        as(a.ownerToken()).body(Map.of("code", "Gold Star", "name", "x", "sortOrder", 1)).when().post("/api/tenant/worker-levels")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(a.ownerToken()).when().get("/api/tenant/workers/" + worker).then()
                .body("summary.auditStatus", equalTo("PENDING"));
        as(a.ownerToken()).when().get("/api/tenant/worker-levels").then().body("", hasSize(0));
    }

    @Test
    void theIdNumberIsCiphertextInTheDatabaseAndMaskedEverywhere() throws Exception {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        AppUsers.Session worker = a.worker();
        String idNumber = newIdNumber();
        as(worker).body(profile("Maria Lopez", "FEMALE", idNumber.toLowerCase(), List.of())).when().put("/api/worker/me")
                .then().statusCode(200).body("idNumber", equalTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14)));
        as(a.ownerToken()).when().get("/api/tenant/workers").then()
                .body("items[0].idNumber", equalTo("**************" + idNumber.substring(14)))
                .body("items[0].phone", equalTo("*******" + worker.phone().substring(7)));
        as(a.ownerToken()).when().get("/api/tenant/workers/" + worker.subjectId()).then()
                .body("summary.idNumber", equalTo("**************" + idNumber.substring(14)));

        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id_number_enc, id_number_hash, id_number_last4 from worker where id = ?")) {
            ps.setObject(1, UUID.fromString(worker.subjectId()));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("v1:"));
                assertFalse(rs.getString(1).contains(idNumber.substring(4, 14)));
                assertEquals(64, rs.getString(2).length());
                assertEquals(idNumber.substring(14), rs.getString(3));
            }
        }

        // The same ID number cannot register a second account of the tenant.
        AppUsers.Session twin = AppUsers.worker(sms, a.tenant().slug());
        as(twin).body(profile("Maria Lopez", "FEMALE", idNumber, List.of())).when().put("/api/worker/me")
                .then().statusCode(409).body("code", equalTo("worker-id-number-taken"));
    }
}
