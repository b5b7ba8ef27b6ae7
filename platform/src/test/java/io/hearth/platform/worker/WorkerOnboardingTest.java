package io.hearth.platform.worker;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static io.hearth.platform.worker.WorkerFixtures.certificate;
import static io.hearth.platform.worker.WorkerFixtures.newIdNumber;
import static io.hearth.platform.worker.WorkerFixtures.profile;
import static io.hearth.platform.worker.WorkerFixtures.window;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.InMemorySkillCatalog;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given a tenant and a signed-in worker: registration, certificates, audit, availability and status. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class WorkerOnboardingTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    InMemorySkillCatalog catalog;

    @Test
    void registrationCertificatesAuditAvailabilityAndStatus() {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        AppUsers.Session worker = a.worker();
        String workerId = worker.subjectId();
        UUID cleaning = catalog.add(a.tenant().id());
        UUID eldercare = catalog.add(a.tenant().id());

        // A fresh account has no profile and cannot go online.
        as(worker).when().get("/api/worker/me").then().statusCode(200)
                .body("auditStatus", equalTo("REGISTERING")).body("displayName", nullValue());

        as(worker).body(profile("王芳", "FEMALE", "330102198001011234", List.of(cleaning, eldercare)))
                .when().put("/api/worker/me")
                .then().statusCode(200)
                .body("auditStatus", equalTo("PENDING"))
                .body("idNumber", equalTo("3301**********1234"))
                .body("phone", containsString("****"))
                .body("skillIds", containsInAnyOrder(cleaning.toString(), eldercare.toString()));

        String health = as(worker).body(certificate("HEALTH", LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(10)))
                .when().post("/api/worker/me/certificates")
                .then().statusCode(201).body("auditState", equalTo("PENDING")).extract().path("id");
        as(worker).body(certificate("DOMESTIC_SERVICE", LocalDate.now().minusYears(3), null))
                .when().post("/api/worker/me/certificates").then().statusCode(201);
        as(worker).when().get("/api/worker/me/certificates").then().statusCode(200).body("", hasSize(2));

        // Pending: not online yet.
        as(worker).body(Map.of("status", "ONLINE")).when().put("/api/worker/me/status")
                .then().statusCode(422).body("code", equalTo("worker-not-eligible"));

        // The dispatcher sees the queue but may not decide.
        as(a.dispatcherToken()).when().get("/api/tenant/workers?auditStatus=PENDING")
                .then().statusCode(200).body("items.id", contains(workerId)).body("items[0].idNumber", equalTo("**************1234"));
        as(a.dispatcherToken()).body(Map.of()).when().post("/api/tenant/workers/" + workerId + "/approve")
                .then().statusCode(403);

        as(a.ownerToken()).body(Map.of("reason", "ID photo unreadable")).when().post("/api/tenant/workers/" + workerId + "/reject")
                .then().statusCode(200).body("summary.auditStatus", equalTo("REJECTED"));
        // A rejected worker resubmits (keeping the stored ID number) and is approved.
        Map<String, Object> again = profile("王芳", "FEMALE", null, List.of(cleaning));
        as(worker).body(again).when().put("/api/worker/me").then().statusCode(200).body("auditStatus", equalTo("PENDING"));
        as(a.ownerToken()).body(Map.of("reason", "checked in person")).when().post("/api/tenant/workers/" + workerId + "/approve")
                .then().statusCode(200)
                .body("summary.auditStatus", equalTo("APPROVED"))
                .body("certificates.auditState", everyItemIs("APPROVED"))
                .body("eligibility.eligible", equalTo(true));

        as(worker).when().get("/api/worker/me/audit").then().statusCode(200)
                .body("auditStatus", equalTo("APPROVED"))
                .body("history.decision", contains("SUBMITTED", "REJECTED", "SUBMITTED", "APPROVED"))
                .body("history[1].reason", equalTo("ID photo unreadable"))
                .body("history[1].decidedBy", equalTo(a.tenant().slug() + "-owner"));

        as(worker).body(Map.of("windows", List.of(window(1, "08:00", "12:00"), window(1, "13:00", "18:00"),
                window(6, "18:00", "00:00")))).when().put("/api/worker/me/availability")
                .then().statusCode(200).body("", hasSize(3)).body("[2].end", equalTo("00:00:00"));
        as(worker).body(Map.of("date", LocalDate.now().plusDays(3).toString(), "kind", "DAY_OFF"))
                .when().post("/api/worker/me/availability/exceptions").then().statusCode(201);
        as(worker).body(Map.of("date", LocalDate.now().plusDays(4).toString(), "kind", "EXTRA_HOURS", "start", "19:00", "end", "21:00"))
                .when().post("/api/worker/me/availability/exceptions").then().statusCode(201);
        as(worker).when().get("/api/worker/me/availability/exceptions").then().body("kind", contains("DAY_OFF", "EXTRA_HOURS"));

        as(worker).body(Map.of("status", "ONLINE")).when().put("/api/worker/me/status")
                .then().statusCode(200).body("workStatus", equalTo("ONLINE"));
        as(worker).body(Map.of("status", "BUSY")).when().put("/api/worker/me/status")
                .then().statusCode(422).body("code", equalTo("worker-status-busy"));

        // Suspension takes the worker offline and keeps them there; reinstating approves again.
        as(a.ownerToken()).body(Map.of("reason", "complaints")).when().post("/api/tenant/workers/" + workerId + "/suspend")
                .then().statusCode(200).body("summary.auditStatus", equalTo("SUSPENDED")).body("summary.workStatus", equalTo("OFFLINE"));
        as(worker).body(Map.of("status", "ONLINE")).when().put("/api/worker/me/status").then().statusCode(422);
        as(a.ownerToken()).body(Map.of("reason", "again")).when().post("/api/tenant/workers/" + workerId + "/reject")
                .then().statusCode(409).body("code", equalTo("worker-audit-transition"));
        as(a.ownerToken()).body(Map.of()).when().post("/api/tenant/workers/" + workerId + "/approve").then().statusCode(200);
        as(a.dispatcherToken()).when().get("/api/tenant/workers/" + workerId + "/audit-history").then().statusCode(200)
                .body("decision", contains("SUBMITTED", "REJECTED", "SUBMITTED", "APPROVED", "SUSPENDED", "APPROVED"));

        // Customers see the public profile: customary name, no phone, ID number or home.
        given().header("X-Hearth-Tenant", a.tenant().slug()).when().get("/api/app/workers/" + workerId)
                .then().statusCode(200)
                .body("name", equalTo("王阿姨"))
                .body("age", equalTo(Year.now().getValue() - 1980))
                .body("skillIds", contains(cleaning.toString()))
                .body("rating.count", equalTo(0))
                .body("$", not(hasKey("phone"))).body("$", not(hasKey("idNumber"))).body("$", not(hasKey("homeLat")))
                .body("$", not(hasKey("displayName")));
        // A health certificate changed after approval goes back to audit.
        as(worker).body(certificate("HEALTH", LocalDate.now().minusDays(1), LocalDate.now().plusYears(1)))
                .when().put("/api/worker/me/certificates/" + health).then().statusCode(200).body("auditState", equalTo("PENDING"));
        as(worker).when().get("/api/worker/me/audit").then().body("eligibility.missingCertificates", hasItem("HEALTH"));
        as(a.ownerToken()).body(Map.of("decision", "APPROVED")).when()
                .put("/api/tenant/workers/" + workerId + "/certificates/" + health + "/audit")
                .then().statusCode(200).body("auditState", equalTo("APPROVED"));
        as(worker).when().get("/api/worker/me/audit").then().body("eligibility.eligible", equalTo(true));
    }

    @Test
    void anExpiredHealthCertificateKeepsTheWorkerOffline() {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        AppUsers.Session worker = a.worker();
        as(worker).body(profile("Maria Lopez", "FEMALE", newIdNumber(), List.of())).when().put("/api/worker/me")
                .then().statusCode(200);
        as(worker).body(certificate("HEALTH", LocalDate.now().minusYears(1), LocalDate.now().minusDays(1)))
                .when().post("/api/worker/me/certificates").then().statusCode(201);
        WorkerFixtures.approve(a.ownerToken(), worker.subjectId());

        as(worker).body(Map.of("status", "ONLINE")).when().put("/api/worker/me/status")
                .then().statusCode(422)
                .body("code", equalTo("worker-not-eligible"))
                .body("detail", containsString("HEALTH"));
        as(worker).when().get("/api/worker/me").then().body("workStatus", equalTo("OFFLINE"));
        as(a.ownerToken()).when().get("/api/tenant/workers/" + worker.subjectId())
                .then().body("eligibility.eligible", equalTo(false)).body("eligibility.missingCertificates", contains("HEALTH"));
        given().header("X-Hearth-Tenant", a.tenant().slug()).when().get("/api/app/workers/" + worker.subjectId())
                .then().statusCode(200).body("name", equalTo("Maria L."));
    }

    @Test
    void levelsAreDefinedByTheOwnerAndFilterTheList() {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        UUID skill = catalog.add(a.tenant().id());
        AppUsers.Session gold = a.worker();
        AppUsers.Session other = AppUsers.worker(sms, a.tenant().slug());
        as(gold).body(profile("李建国", "MALE", newIdNumber(), List.of(skill))).when().put("/api/worker/me").then().statusCode(200);
        as(other).body(profile("张丽", "FEMALE", newIdNumber(), List.of())).when().put("/api/worker/me").then().statusCode(200);

        String levelId = as(a.ownerToken()).body(Map.of("code", "gold", "name", "金牌", "sortOrder", 30))
                .when().post("/api/tenant/worker-levels").then().statusCode(201).extract().path("id");
        as(a.ownerToken()).body(Map.of("code", "gold", "name", "again", "sortOrder", 1))
                .when().post("/api/tenant/worker-levels").then().statusCode(409).body("code", equalTo("worker-level-code-taken"));
        as(a.dispatcherToken()).body(Map.of("code", "silver", "name", "银牌", "sortOrder", 20))
                .when().post("/api/tenant/worker-levels").then().statusCode(403);
        as(a.ownerToken()).body(Map.of("levelId", levelId)).when().put("/api/tenant/workers/" + gold.subjectId() + "/level")
                .then().statusCode(200).body("summary.level.code", equalTo("gold"));

        as(a.dispatcherToken()).when().get("/api/tenant/workers?levelId=" + levelId).then().body("items.id", contains(gold.subjectId()));
        as(a.dispatcherToken()).when().get("/api/tenant/workers?skillId=" + skill).then().body("items.id", contains(gold.subjectId()));
        as(a.dispatcherToken()).when().get("/api/tenant/workers?q=张").then().body("items.id", contains(other.subjectId()));
        as(a.dispatcherToken()).when().get("/api/tenant/workers?auditStatus=PENDING&size=1&page=1")
                .then().body("total", equalTo(2)).body("items", hasSize(1));

        as(a.ownerToken()).when().delete("/api/tenant/worker-levels/" + levelId)
                .then().statusCode(409).body("code", equalTo("worker-level-in-use"));
        as(a.ownerToken()).body(Map.of()).when().put("/api/tenant/workers/" + gold.subjectId() + "/level")
                .then().statusCode(200).body("summary.level", nullValue());
        as(a.ownerToken()).when().delete("/api/tenant/worker-levels/" + levelId).then().statusCode(204);
        as(a.dispatcherToken()).when().get("/api/tenant/worker-levels").then().body("", hasSize(0));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
