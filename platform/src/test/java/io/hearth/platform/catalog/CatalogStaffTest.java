package io.hearth.platform.catalog;

import static io.hearth.platform.catalog.Catalogs.APP;
import static io.hearth.platform.catalog.Catalogs.STAFF;
import static io.hearth.platform.catalog.Catalogs.app;
import static io.hearth.platform.catalog.Catalogs.staff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff manage the catalog: tree and order, items, packages, translations, roles, bad input. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CatalogStaffTest {

    @Test
    void aTreeOfCategoriesKeepsTheOrderStaffGiveIt() {
        Tenants.Created t = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String cleaning = Catalogs.category(cm, "cleaning", null);
        String daily = Catalogs.category(cm, "daily", cleaning);
        String deep = Catalogs.category(cm, "deep", cleaning);
        String windows = Catalogs.category(cm, "windows", cleaning);

        app(t).when().get(APP + "/categories").then().statusCode(200)
                .body("code", contains("cleaning"))
                .body("[0].children.code", contains("daily", "deep", "windows"));

        staff(cm).body(Map.of("parentId", cleaning, "ids", List.of(windows, daily, deep)))
                .when().post(STAFF + "/categories/reorder").then().statusCode(200).body("code", contains("windows", "daily", "deep"));
        app(t).when().get(APP + "/categories").then().body("[0].children.code", contains("windows", "daily", "deep"));

        // a reorder must name every child exactly once
        staff(cm).body(Map.of("parentId", cleaning, "ids", List.of(windows, daily)))
                .when().post(STAFF + "/categories/reorder").then().statusCode(422).body("code", equalTo("catalog-reorder-mismatch"));

        staff(cm).when().post(STAFF + "/categories/" + deep + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        app(t).when().get(APP + "/categories").then().body("[0].children.code", contains("windows", "daily"));
        staff(cm).when().get(STAFF + "/categories").then().body("code", hasItem("deep"));

        // a category cannot move below its own subcategory
        staff(cm).body(Map.of("code", "cleaning", "parentId", daily, "texts", Catalogs.texts("保洁", null)))
                .when().put(STAFF + "/categories/" + cleaning).then().statusCode(422).body("code", equalTo("catalog-category-cycle"));

        staff(cm).when().delete(STAFF + "/categories/" + cleaning).then().statusCode(409)
                .body("code", equalTo("catalog-category-has-children"));
        staff(cm).when().delete(STAFF + "/categories/" + windows).then().statusCode(204);
        staff(cm).when().get(STAFF + "/categories/" + windows).then().statusCode(404);
        // codes are unique per tenant
        staff(cm).body(Map.of("code", "daily", "texts", Catalogs.texts("重复", null)))
                .when().post(STAFF + "/categories").then().statusCode(409).body("code", equalTo("catalog-code-taken"));
    }

    @Test
    void itemsAndPackagesCanBeCreatedReadChangedAndDeleted() {
        Tenants.Created t = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String cat = Catalogs.category(cm, "cleaning", null);
        String item = Catalogs.createItem(cm, cat, "Daily cleaning", 5000, 120);
        staff(cm).when().get(STAFF + "/items/" + item).then().statusCode(200)
                .body("basePriceFen", equalTo(5000)).body("unit", equalTo("PER_VISIT")).body("enabled", equalTo(true))
                .body("texts.en.name", equalTo("Daily cleaning"));

        Map<String, Object> changed = Catalogs.item(cat, "Daily cleaning", 5500, 150);
        changed.put("unit", "PER_HOUR");
        changed.put("tags", List.of("home", "weekly"));
        staff(cm).body(changed).when().put(STAFF + "/items/" + item).then().statusCode(200)
                .body("basePriceFen", equalTo(5500)).body("unit", equalTo("PER_HOUR")).body("tags", contains("home", "weekly"));
        staff(cm).when().post(STAFF + "/items/" + item + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        staff(cm).when().post(STAFF + "/items/" + item + "/enable").then().statusCode(200).body("enabled", equalTo(true));

        String pkg = Catalogs.createPackage(cm, Catalogs.pkg("basic-2h", item, 2, 9900));
        staff(cm).when().get(STAFF + "/packages/" + pkg).then().statusCode(200)
                .body("items.itemId", contains(item)).body("items[0].quantity", equalTo(2)).body("priceFen", equalTo(9900));
        staff(cm).when().get(STAFF + "/packages").then().body("code", contains("basic-2h"));

        // an item a package includes cannot be deleted
        staff(cm).header("Accept-Language", "zh-CN").when().delete(STAFF + "/items/" + item).then().statusCode(409)
                .body("code", equalTo("catalog-item-in-package")).body("detail", containsString("套餐"));
        staff(cm).when().delete(STAFF + "/items/" + item).then().statusCode(409)
                .body("detail", containsString("disable it instead"));
        staff(cm).when().delete(STAFF + "/packages/" + pkg).then().statusCode(204);
        staff(cm).when().delete(STAFF + "/items/" + item).then().statusCode(204);
        staff(cm).when().get(STAFF + "/items/" + item).then().statusCode(404);
    }

    @Test
    void translationsCanBeAddedAndRemovedButNotTheLastOne() {
        Tenants.Created t = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String cat = Catalogs.category(cm, "care", null);
        String item = Catalogs.createItem(cm, cat, "Elderly care", 8000, 240);
        staff(cm).body(Map.of("name", "高齢者介護", "summary", "見守り")).when().put(STAFF + "/items/" + item + "/translations/ja")
                .then().statusCode(200).body("texts.ja.name", equalTo("高齢者介護"));
        staff(cm).body(Map.of("name", "Pflege")).when().put(STAFF + "/items/" + item + "/translations/de")
                .then().statusCode(422).body("code", equalTo("catalog-locale-unsupported"));
        staff(cm).when().delete(STAFF + "/items/" + item + "/translations/en").then().statusCode(200);
        staff(cm).when().delete(STAFF + "/items/" + item + "/translations/ja").then().statusCode(422)
                .body("code", equalTo("catalog-text-last"));
        staff(cm).when().get(STAFF + "/items/" + item).then().body("texts.keySet()", contains("ja"));

        staff(cm).body(Map.of("name", "Care")).when().put(STAFF + "/categories/" + cat + "/translations/en").then().statusCode(200)
                .body("texts.en.name", equalTo("Care"));
    }

    @Test
    void onlyOwnersAndCatalogManagersWriteDispatchersAndCustomerServiceRead() {
        Tenants.Created t = Tenants.createCompany();
        String owner = StaffTokens.staff(t.slug() + "-owner", t.slug(), "owner");
        String dispatcher = StaffTokens.staff(t.slug() + "-d", t.slug(), "dispatcher");
        String service = StaffTokens.staff(t.slug() + "-cs", t.slug(), "customer-service");
        String finance = StaffTokens.staff(t.slug() + "-f", t.slug(), "finance");
        String cat = Catalogs.category(owner, "cleaning", null);
        staff(dispatcher).when().get(STAFF + "/categories").then().statusCode(200).body("", hasSize(1));
        staff(service).when().get(STAFF + "/items").then().statusCode(200);
        staff(dispatcher).body(Catalogs.item(cat, "x", 1, 60)).when().post(STAFF + "/items").then().statusCode(403);
        staff(finance).when().get(STAFF + "/categories").then().statusCode(403);
        given().when().get(STAFF + "/categories").then().statusCode(401);
    }

    @Test
    void badInputIsRefusedAsProblemsAndNothingIsWritten() {
        Tenants.Created t = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String cat = Catalogs.category(cm, "cleaning", null);

        Map<String, Object> negative = Catalogs.item(cat, "Negative", -1, 60);
        staff(cm).body(negative).when().post(STAFF + "/items").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("basePriceFen"));

        Map<String, Object> minAboveMax = Catalogs.item(cat, "Range", 100, 60);
        minAboveMax.put("minQuantity", 5);
        minAboveMax.put("maxQuantity", 2);
        staff(cm).body(minAboveMax).when().post(STAFF + "/items").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("catalog-quantity-range"));

        Map<String, Object> badUnit = Catalogs.item(cat, "Unit", 100, 60);
        badUnit.put("unit", "PER_DAY");
        staff(cm).body(badUnit).when().post(STAFF + "/items").then().statusCode(400)
                .body("errors[0].field", equalTo("unit")).body("errors[0].message", containsString("PER_HOUR"));

        Map<String, Object> unknownCategory = Catalogs.item("7d4c1b8e-0000-4000-8000-000000000001", "Orphan", 100, 60);
        staff(cm).body(unknownCategory).when().post(STAFF + "/items").then().statusCode(422)
                .body("code", equalTo("catalog-category-unknown"));

        Map<String, Object> klingon = Catalogs.item(cat, "Klingon", 100, 60);
        klingon.put("texts", Map.of("tlh", Map.of("name", "Qapla")));
        staff(cm).header("Accept-Language", "zh-CN").body(klingon).when().post(STAFF + "/items").then().statusCode(422)
                .body("code", equalTo("catalog-locale-unsupported")).body("detail", containsString("不支持"));

        Map<String, Object> noName = Catalogs.item(cat, "", 100, 60);
        staff(cm).body(noName).when().post(STAFF + "/items").then().statusCode(400);

        staff(cm).body(Map.of("code", "Bad Code!", "texts", Catalogs.texts("坏", null)))
                .when().post(STAFF + "/categories").then().statusCode(400).body("errors.field", hasItem("code"));

        Map<String, Object> badPackage = Catalogs.pkg("bad", "7d4c1b8e-0000-4000-8000-000000000002", 1, 100);
        staff(cm).body(badPackage).when().post(STAFF + "/packages").then().statusCode(422).body("code", equalTo("catalog-item-unknown"));
        String item = Catalogs.createItem(cm, cat, "Real", 100, 60);
        Map<String, Object> backwards = Catalogs.pkg("backwards", item, 1, 100);
        backwards.put("validFrom", "2030-02-01");
        backwards.put("validUntil", "2030-01-01");
        staff(cm).body(backwards).when().post(STAFF + "/packages").then().statusCode(422).body("code", equalTo("catalog-validity-range"));
        staff(cm).body(Catalogs.pkg("negative", item, 1, -5)).when().post(STAFF + "/packages").then().statusCode(400);

        staff(cm).when().get(STAFF + "/items").then().body("total", equalTo(1)).body("items[0].texts.en.name", equalTo("Real"));
        staff(cm).when().get(STAFF + "/categories").then().body("code", contains("cleaning"));
        staff(cm).when().get(STAFF + "/packages").then().body("", hasSize(0));

        // an update that fails changes nothing either
        staff(cm).body(minAboveMax).when().put(STAFF + "/items/" + item).then().statusCode(422);
        staff(cm).when().get(STAFF + "/items/" + item).then().body("texts.en.name", equalTo("Real")).body("minQuantity", equalTo(1));
    }
}
