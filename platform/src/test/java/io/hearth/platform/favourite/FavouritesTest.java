package io.hearth.platform.favourite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.InMemorySkillCatalog;
import io.hearth.platform.testing.TwoTenants;
import io.hearth.platform.worker.WorkerFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class FavouritesTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    InMemorySkillCatalog items;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** An approved worker of side's tenant who does {@code item}. */
    private String approvedWorker(TwoTenants.Side side, UUID item, String name) {
        String workerId = side.worker().subjectId();
        WorkerFixtures.as(side.worker()).body(WorkerFixtures.profile(name, "FEMALE", WorkerFixtures.newIdNumber(), List.of(item)))
                .when().put("/api/worker/me").then().statusCode(200);
        WorkerFixtures.as(side.worker()).body(WorkerFixtures.certificate("HEALTH", java.time.LocalDate.now().minusMonths(1),
                java.time.LocalDate.now().plusYears(1))).when().post("/api/worker/me/certificates").then().statusCode(201);
        WorkerFixtures.approve(side.ownerToken(), workerId);
        return workerId;
    }

    @Test
    void favouriteWorkersAndServicesRoundTrip() {
        TwoTenants tt = TwoTenants.create(sms);
        UUID item = items.add(tt.a().tenant().id());
        String worker = approvedWorker(tt.a(), item, "王秀英");
        String me = tt.a().customer().accessToken();

        as(me).when().put("/api/app/me/favourites/workers/" + worker).then().statusCode(204);
        as(me).when().put("/api/app/me/favourites/workers/" + worker).then().statusCode(204); // idempotent
        as(me).when().put("/api/app/me/favourites/services/" + item).then().statusCode(204);
        as(me).when().get("/api/app/me/favourites")
                .then().statusCode(200)
                .body("workers.id", contains(worker))
                .body("workers[0].name", equalTo("王阿姨"))
                .body("services.id", contains(item.toString()));

        as(me).when().delete("/api/app/me/favourites/workers/" + worker).then().statusCode(204);
        as(me).when().delete("/api/app/me/favourites/workers/" + worker).then().statusCode(404);
        as(me).when().get("/api/app/me/favourites").then().body("workers", hasSize(0)).body("services", hasSize(1));
    }

    @Test
    void anotherTenantsWorkersAndItemsAre404AndListsNeverMix() {
        TwoTenants tt = TwoTenants.create(sms);
        UUID bItem = items.add(tt.b().tenant().id());
        String bWorker = approvedWorker(tt.b(), bItem, "李桂兰");
        String aCustomer = tt.a().customer().accessToken();
        as(aCustomer).when().put("/api/app/me/favourites/workers/" + bWorker).then().statusCode(404);
        as(aCustomer).when().put("/api/app/me/favourites/services/" + bItem).then().statusCode(404);
        as(aCustomer).when().delete("/api/app/me/favourites/services/" + bItem).then().statusCode(404);
        as(aCustomer).when().get("/api/app/me/favourites").then().body("workers", hasSize(0)).body("services", hasSize(0));
        as(aCustomer).when().get("/api/app/me/recommendations")
                .then().statusCode(200).body("services.id", not(hasItem(bItem.toString())))
                .body("workers.id", not(hasItem(bWorker)));
    }

    @Test
    void unapprovedWorkersAndUnknownIdsCannotBeFavourites() {
        TwoTenants tt = TwoTenants.create(sms);
        WorkerFixtures.register(tt.a().worker(), "Pending Person", "MALE");
        as(tt.a().customer().accessToken()).when().put("/api/app/me/favourites/workers/" + tt.a().worker().subjectId())
                .then().statusCode(404);
        as(tt.a().customer().accessToken()).when().put("/api/app/me/favourites/services/" + UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("not-found"));
        as(tt.a().customer().accessToken()).when().put("/api/app/me/favourites/services/not-a-uuid").then().statusCode(404);
    }

    @Test
    void recommendationsFallBackToPopularityThenFollowFavourites() {
        TwoTenants tt = TwoTenants.create(sms);
        UUID liked = items.add(tt.a().tenant().id());
        UUID other = items.add(tt.a().tenant().id());
        String worker = approvedWorker(tt.a(), liked, "张玉梅");
        String me = tt.a().customer().accessToken();
        as(me).when().get("/api/app/me/recommendations")
                .then().statusCode(200)
                .body("basis", equalTo("POPULARITY"))
                .body("services.id", hasItem(liked.toString()))
                .body("workers.id", contains(worker));
        as(me).when().put("/api/app/me/favourites/services/" + liked).then().statusCode(204);
        as(me).when().get("/api/app/me/recommendations")
                .then().statusCode(200)
                .body("basis", equalTo("FAVOURITES"))
                .body("services.id", not(hasItem(liked.toString())))
                .body("services.id", hasItem(other.toString()));
    }

    @Test
    void onlyCustomersHaveFavourites() {
        TwoTenants tt = TwoTenants.create(sms);
        as(tt.a().ownerToken()).when().get("/api/app/me/favourites").then().statusCode(403);
        as(tt.a().worker().accessToken()).when().get("/api/app/me/recommendations").then().statusCode(403);
        given().when().get("/api/app/me/favourites").then().statusCode(401);
        as(tt.a().customer().accessToken()).when().get("/api/app/me/recommendations?limit=500").then().statusCode(400);
    }

    @Test
    void aWorkersNameFindsTheServicesTheyDo() {
        TwoTenants tt = TwoTenants.create(sms);
        UUID item = items.add(tt.a().tenant().id());
        items.add(tt.a().tenant().id());
        approvedWorker(tt.a(), item, "欧阳素芬");
        given().header("X-Hearth-Tenant", tt.a().tenant().slug()).when().get("/api/app/catalog/items?q=欧阳")
                .then().statusCode(200).body("items.id", contains(item.toString()));
        given().header("X-Hearth-Tenant", tt.b().tenant().slug()).when().get("/api/app/catalog/items?q=欧阳")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void workerGenderAvailableFiltersItems() {
        TwoTenants tt = TwoTenants.create(sms);
        UUID byWoman = items.add(tt.a().tenant().id());
        UUID nobody = items.add(tt.a().tenant().id());
        approvedWorker(tt.a(), byWoman, "陈丽华");
        given().header("X-Hearth-Tenant", tt.a().tenant().slug()).when().get("/api/app/catalog/items?workerGender=FEMALE")
                .then().statusCode(200).body("items.id", contains(byWoman.toString()));
        given().header("X-Hearth-Tenant", tt.a().tenant().slug()).when().get("/api/app/catalog/items?workerGender=MALE")
                .then().statusCode(200).body("items", hasSize(0));
        given().header("X-Hearth-Tenant", tt.a().tenant().slug()).when().get("/api/app/catalog/items")
                .then().statusCode(200).body("items.id", hasItem(nobody.toString()));
        given().header("X-Hearth-Tenant", tt.a().tenant().slug()).when().get("/api/app/catalog/items?workerGender=OTHER")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
