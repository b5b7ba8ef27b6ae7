package io.hearth.platform.catalog;

import static io.hearth.platform.catalog.Catalogs.APP;
import static io.hearth.platform.catalog.Catalogs.STAFF;
import static io.hearth.platform.catalog.Catalogs.app;
import static io.hearth.platform.catalog.Catalogs.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Tenant A's staff and customers never reach tenant B's catalog. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CatalogCrossTenantTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    CatalogService catalog;

    @Test
    void tenantAsStaffGet404ForEveryOneOfTenantBsIds() {
        TwoTenants tt = TwoTenants.create(sms);
        String a = tt.a().ownerToken();
        String b = tt.b().ownerToken();
        Catalogs.category(a, "cleaning", null);
        String bCat = Catalogs.category(b, "cleaning", null);
        String bItem = Catalogs.createItem(b, bCat, "B item", 5000, 120);
        String bPkg = Catalogs.createPackage(b, Catalogs.pkg("b-pkg", bItem, 1, 100));

        Map<String, Object> category = Map.of("code", "stolen", "texts", Catalogs.texts("偷", null));
        Map<String, Object> text = Map.of("name", "stolen");
        String aCat = staff(a).when().get(STAFF + "/categories").then().extract().path("[0].id");
        List<Function<RequestSpecification, io.restassured.response.Response>> calls = List.of(
                r -> r.get(STAFF + "/categories/" + bCat),
                r -> r.body(category).put(STAFF + "/categories/" + bCat),
                r -> r.post(STAFF + "/categories/" + bCat + "/disable"),
                r -> r.post(STAFF + "/categories/" + bCat + "/enable"),
                r -> r.body(text).put(STAFF + "/categories/" + bCat + "/translations/en"),
                r -> r.delete(STAFF + "/categories/" + bCat + "/translations/zh-CN"),
                r -> r.delete(STAFF + "/categories/" + bCat),
                r -> r.get(STAFF + "/items/" + bItem),
                r -> r.body(Catalogs.item(aCat, "stolen", 1, 60)).put(STAFF + "/items/" + bItem),
                r -> r.post(STAFF + "/items/" + bItem + "/disable"),
                r -> r.post(STAFF + "/items/" + bItem + "/enable"),
                r -> r.body(text).put(STAFF + "/items/" + bItem + "/translations/ja"),
                r -> r.delete(STAFF + "/items/" + bItem + "/translations/en"),
                r -> r.delete(STAFF + "/items/" + bItem),
                r -> r.get(STAFF + "/packages/" + bPkg),
                r -> r.body(Catalogs.pkg("stolen", bItem, 1, 1)).put(STAFF + "/packages/" + bPkg),
                r -> r.post(STAFF + "/packages/" + bPkg + "/disable"),
                r -> r.post(STAFF + "/packages/" + bPkg + "/enable"),
                r -> r.body(text).put(STAFF + "/packages/" + bPkg + "/translations/ja"),
                r -> r.delete(STAFF + "/packages/" + bPkg + "/translations/en"),
                r -> r.delete(STAFF + "/packages/" + bPkg));
        for (int i = 0; i < calls.size(); i++) {
            int status = calls.get(i).apply(staff(a)).then().extract().statusCode();
            assertEquals(404, status, "call #" + i);
        }
        // B's ids in A's bodies are unknown to A
        staff(a).body(Catalogs.item(bCat, "x", 1, 60)).when().post(STAFF + "/items").then().statusCode(422)
                .body("code", equalTo("catalog-category-unknown"));
        staff(a).body(Catalogs.pkg("x", bItem, 1, 1)).when().post(STAFF + "/packages").then().statusCode(422)
                .body("code", equalTo("catalog-item-unknown"));
        staff(a).body(Map.of("parentId", bCat, "ids", List.of())).when().post(STAFF + "/categories/reorder").then().statusCode(422);

        // and B's catalog is untouched
        staff(b).when().get(STAFF + "/items/" + bItem).then().statusCode(200).body("enabled", equalTo(true))
                .body("texts.en.name", equalTo("B item"));
        staff(b).when().get(STAFF + "/packages/" + bPkg).then().statusCode(200).body("code", equalTo("b-pkg"));
    }

    @Test
    void customersOfAOnlyEverSeeAsCatalog() {
        TwoTenants tt = TwoTenants.create(sms);
        String a = tt.a().ownerToken();
        String b = tt.b().ownerToken();
        String aItem = Catalogs.createItem(a, Catalogs.category(a, "a-cat", null), "Shared name", 5000, 120);
        String bCat = Catalogs.category(b, "b-cat", null);
        String bItem = Catalogs.createItem(b, bCat, "Shared name", 5000, 120);
        String bPkg = Catalogs.createPackage(b, Catalogs.pkg("b-pkg", bItem, 1, 100));

        app(tt.a().tenant()).when().get(APP + "/categories").then().body("code", contains("a-cat"));
        app(tt.a().tenant()).queryParam("q", "shared").when().get(APP + "/items").then().body("items.id", contains(aItem));
        app(tt.a().tenant()).queryParam("categoryId", bCat).when().get(APP + "/items").then().body("total", equalTo(0));
        app(tt.a().tenant()).when().get(APP + "/items/" + bItem).then().statusCode(404);
        app(tt.a().tenant()).when().get(APP + "/packages").then().body("code", org.hamcrest.Matchers.empty());
        app(tt.a().tenant()).when().get(APP + "/packages/" + bPkg).then().statusCode(404);
        app(tt.b().tenant()).when().get(APP + "/items").then().body("items.id", contains(bItem));

        // the service other features use: only the current tenant's items
        UUID unknown = UUID.randomUUID();
        Set<UUID> seenByA = TenantContext.call(tt.a().tenant().id(),
                () -> catalog.existingItemIds(List.of(UUID.fromString(aItem), UUID.fromString(bItem), unknown)));
        assertEquals(Set.of(UUID.fromString(aItem)), seenByA);
    }
}
