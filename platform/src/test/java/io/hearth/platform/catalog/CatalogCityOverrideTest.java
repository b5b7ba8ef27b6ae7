package io.hearth.platform.catalog;

import static io.hearth.platform.catalog.Catalogs.APP;
import static io.hearth.platform.catalog.Catalogs.app;
import static io.hearth.platform.catalog.Catalogs.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A city operator overrides price and availability of its items in its own city, and only there. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CatalogCityOverrideTest {

    static final String OPERATOR = "/api/operator/catalog";

    private static Map<String, Object> override(Long priceFen, boolean available) {
        Map<String, Object> body = new HashMap<>();
        body.put("priceFen", priceFen);
        body.put("available", available);
        return body;
    }

    @Test
    void anOperatorsOverridesChangeWhatCustomersInItsCitySee() {
        Tenants.Created op = Tenants.create(Tenants.cityOperator(Tenants.uniqueSlug("op"))); // city 330100
        String cm = Catalogs.manager(op);
        String cat = Catalogs.category(cm, "cleaning", null);
        String daily = Catalogs.createItem(cm, cat, "Daily cleaning", 5000, 120);
        String windows = Catalogs.createItem(cm, cat, "Window cleaning", 8000, 90);

        staff(cm).body(override(6500L, true)).when().put(OPERATOR + "/items/" + daily + "/overrides/330100")
                .then().statusCode(200).body("priceFen", equalTo(6500)).body("cityCode", equalTo("330100"));
        staff(cm).body(override(null, false)).when().put(OPERATOR + "/items/" + windows + "/overrides/330100")
                .then().statusCode(200);
        staff(cm).when().get(OPERATOR + "/overrides").then().statusCode(200).body("", hasSize(2));

        app(op).queryParam("cityCode", "330100").when().get(APP + "/items").then()
                .body("items.id", contains(daily)).body("items[0].priceFen", equalTo(6500));
        app(op).queryParam("cityCode", "330100").queryParam("maxPrice", 6000).when().get(APP + "/items").then()
                .body("total", equalTo(0));
        app(op).queryParam("cityCode", "330100").when().get(APP + "/items/" + windows).then().statusCode(404);
        app(op).queryParam("cityCode", "330100").when().get(APP + "/items/" + daily).then().body("priceFen", equalTo(6500));
        // without a city, base prices and every item
        app(op).queryParam("sort", "price_asc").when().get(APP + "/items").then()
                .body("items.id", contains(daily, windows)).body("items.priceFen", contains(5000, 8000));

        staff(cm).when().delete(OPERATOR + "/items/" + windows + "/overrides/330100").then().statusCode(204);
        app(op).queryParam("cityCode", "330100").when().get(APP + "/items").then().body("total", equalTo(2));
    }

    @Test
    void onlyItsOwnCityAndOnlyCityOperators() {
        Tenants.Created op = Tenants.create(Tenants.cityOperator(Tenants.uniqueSlug("op")));
        String cm = Catalogs.manager(op);
        String item = Catalogs.createItem(cm, Catalogs.category(cm, "cleaning", null), "Daily", 5000, 120);
        staff(cm).body(override(1L, true)).when().put(OPERATOR + "/items/" + item + "/overrides/310100").then()
                .statusCode(403).body("code", equalTo("catalog-override-city-not-yours"));
        staff(cm).body(override(-1L, true)).when().put(OPERATOR + "/items/" + item + "/overrides/330100").then().statusCode(400);
        staff(cm).when().get(OPERATOR + "/overrides").then().body("", hasSize(0));
        String dispatcher = StaffTokens.staff(op.slug() + "-d", op.slug(), "dispatcher");
        staff(dispatcher).body(override(1L, true)).when().put(OPERATOR + "/items/" + item + "/overrides/330100").then().statusCode(403);

        Tenants.Created company = Tenants.createCompany();
        String companyCm = Catalogs.manager(company);
        String companyItem = Catalogs.createItem(companyCm, Catalogs.category(companyCm, "cleaning", null), "Daily", 5000, 120);
        staff(companyCm).header("Accept-Language", "en").body(override(1L, true))
                .when().put(OPERATOR + "/items/" + companyItem + "/overrides/330100").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("catalog-operator-only"))
                .body("detail", containsString("city operators"));
        staff(companyCm).when().get(OPERATOR + "/overrides").then().statusCode(403).body("code", equalTo("catalog-operator-only"));

        // another operator's item: as if it did not exist
        Tenants.Created other = Tenants.create(Tenants.cityOperator(Tenants.uniqueSlug("op")));
        staff(Catalogs.manager(other)).body(override(1L, true)).when().put(OPERATOR + "/items/" + item + "/overrides/330100")
                .then().statusCode(404);
        staff(Catalogs.manager(other)).when().delete(OPERATOR + "/items/" + item + "/overrides/330100").then().statusCode(404);
    }
}
