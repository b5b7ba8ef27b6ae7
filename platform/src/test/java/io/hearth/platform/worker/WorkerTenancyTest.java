package io.hearth.platform.worker;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static io.hearth.platform.worker.WorkerFixtures.certificate;
import static io.hearth.platform.worker.WorkerFixtures.profile;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.InMemorySkillCatalog;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given two tenants: A's tokens never reach B's workers, certificates, levels or skills. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class WorkerTenancyTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    InMemorySkillCatalog catalog;

    @Test
    void tenantAsTokensGet404ForTenantBsIdsOnEveryEndpoint() {
        TwoTenants tt = TwoTenants.create(sms);
        TwoTenants.Side a = tt.a();
        TwoTenants.Side b = tt.b();
        String bWorker = b.worker().subjectId();
        String bCert = WorkerFixtures.register(b.worker(), "赵敏", "FEMALE");
        WorkerFixtures.approve(b.ownerToken(), bWorker);
        String bLevel = as(b.ownerToken()).body(Map.of("code", "senior", "name", "高级", "sortOrder", 1))
                .when().post("/api/tenant/worker-levels").then().statusCode(201).extract().path("id");
        WorkerFixtures.register(a.worker(), "钱芳", "FEMALE");
        String aWorker = a.worker().subjectId();

        String owner = a.ownerToken();
        String base = "/api/tenant/workers/" + bWorker;
        as(owner).when().get(base).then().statusCode(404);
        as(a.dispatcherToken()).when().get(base).then().statusCode(404);
        as(owner).when().get(base + "/audit-history").then().statusCode(404);
        as(owner).body(Map.of()).when().post(base + "/approve").then().statusCode(404);
        as(owner).body(Map.of("reason", "x")).when().post(base + "/reject").then().statusCode(404);
        as(owner).body(Map.of("reason", "x")).when().post(base + "/suspend").then().statusCode(404);
        as(owner).body(Map.of("levelId", bLevel)).when().put(base + "/level").then().statusCode(404);
        as(owner).body(Map.of("decision", "REJECTED", "reason", "x")).when().put(base + "/certificates/" + bCert + "/audit")
                .then().statusCode(404);
        // A's worker with B's certificate, and A's owner with B's level on A's own worker.
        as(owner).body(Map.of("decision", "APPROVED")).when()
                .put("/api/tenant/workers/" + aWorker + "/certificates/" + bCert + "/audit").then().statusCode(404);
        as(owner).body(Map.of("levelId", bLevel)).when().put("/api/tenant/workers/" + aWorker + "/level").then().statusCode(404);
        as(owner).when().get("/api/tenant/worker-levels/" + bLevel).then().statusCode(404);
        as(owner).body(Map.of("code", "stolen", "name", "x", "sortOrder", 1)).when().put("/api/tenant/worker-levels/" + bLevel)
                .then().statusCode(404);
        as(owner).when().delete("/api/tenant/worker-levels/" + bLevel).then().statusCode(404);

        AppUsers.Session aw = a.worker();
        as(aw).when().get("/api/worker/me/certificates/" + bCert).then().statusCode(404);
        as(aw).body(certificate("HEALTH", LocalDate.now().minusDays(1), null)).when().put("/api/worker/me/certificates/" + bCert)
                .then().statusCode(404);
        as(aw).when().delete("/api/worker/me/certificates/" + bCert).then().statusCode(404);
        given().header("X-Hearth-Tenant", a.tenant().slug()).when().get("/api/app/workers/" + bWorker).then().statusCode(404);

        // B's data is untouched, and B's level is still there.
        as(b.ownerToken()).when().get("/api/tenant/workers/" + bWorker).then().statusCode(200)
                .body("summary.auditStatus", equalTo("APPROVED")).body("certificates[0].auditState", equalTo("APPROVED"));
        as(b.ownerToken()).when().get("/api/tenant/worker-levels").then().body("code", contains("senior"));
    }

    @Test
    void listsNeverMixTenantsAndSkillsAreTenantOwn() {
        TwoTenants tt = TwoTenants.create(sms);
        WorkerFixtures.register(tt.a().worker(), "孙丽", "FEMALE");
        WorkerFixtures.register(tt.b().worker(), "周强", "MALE");
        as(tt.a().ownerToken()).when().get("/api/tenant/workers").then().body("items.id", contains(tt.a().worker().subjectId()));
        as(tt.b().dispatcherToken()).when().get("/api/tenant/workers").then().body("items.id", contains(tt.b().worker().subjectId()));

        UUID bSkill = catalog.add(tt.b().tenant().id());
        as(tt.a().worker()).body(profile("孙丽", "FEMALE", null, List.of(bSkill))).when().put("/api/worker/me")
                .then().statusCode(422).body("code", equalTo("worker-skills-unknown"));
        as(tt.a().ownerToken()).when().get("/api/tenant/workers?skillId=" + bSkill).then().body("items", hasSize(0));
    }

    @Test
    void customersAndWorkersCannotUseStaffOrWorkerEndpoints() {
        TwoTenants.Side a = TwoTenants.create(sms).a();
        String customer = a.customer().accessToken();
        as(customer).when().get("/api/worker/me").then().statusCode(403);
        as(customer).when().get("/api/worker/me/certificates").then().statusCode(403);
        as(customer).when().get("/api/worker/me/availability").then().statusCode(403);
        as(customer).when().get("/api/tenant/workers").then().statusCode(403);
        as(customer).when().get("/api/tenant/worker-levels").then().statusCode(403);
        as(a.worker()).when().get("/api/tenant/workers").then().statusCode(403);
        as(a.worker()).body(Map.of()).when().post("/api/tenant/workers/" + a.worker().subjectId() + "/approve").then().statusCode(403);
        as(a.ownerToken()).when().get("/api/worker/me").then().statusCode(403);
        given().when().get("/api/worker/me").then().statusCode(401);
        // The public profile names its tenant and shows approved workers only.
        given().when().get("/api/app/workers/" + a.worker().subjectId()).then().statusCode(400);
        given().header("X-Hearth-Tenant", a.tenant().slug()).when().get("/api/app/workers/" + a.worker().subjectId())
                .then().statusCode(404);
    }
}
