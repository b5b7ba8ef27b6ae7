package io.hearth.platform.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CustomerAddressTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification as(AppUsers.Session s) {
        return given().auth().oauth2(s.accessToken()).contentType("application/json");
    }

    static Map<String, Object> address(String label, boolean isDefault) {
        Map<String, Object> a = new HashMap<>();
        a.put("label", label);
        a.put("contactName", "Li Na");
        a.put("contactPhone", "13912345678");
        a.put("cityCode", "330100");
        a.put("district", "Xihu");
        a.put("community", "Sunny Garden");
        a.put("building", "3");
        a.put("unit", "2");
        a.put("room", "1801");
        a.put("detail", "Wensan Road 88");
        a.put("accessInstructions", "door code 4711#");
        a.put("lat", 30.27);
        a.put("lng", 120.13);
        a.put("isDefault", isDefault);
        return a;
    }

    @Test
    void theOwnerSeesTheFullAddressListsAreMaskedAndTheDatabaseHoldsCiphertext() throws Exception {
        TwoTenants tt = TwoTenants.create(sms);
        AppUsers.Session me = tt.a().customer();
        String id = as(me).body(address("home", false)).when().post("/api/app/me/addresses")
                .then().statusCode(201)
                .body("isDefault", equalTo(true))
                .body("contactPhone", equalTo("+8613912345678"))
                .body("accessInstructions", equalTo("door code 4711#"))
                .extract().path("id");
        as(me).when().get("/api/app/me/addresses")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].contactPhone", equalTo("*******5678"))
                .body("[0].room", nullValue())
                .body("[0]", not(org.hamcrest.Matchers.hasKey("accessInstructions")));

        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select contact_phone_enc, detail_enc, access_instructions_enc, room_enc from customer_address where id = ?")) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                for (int i = 1; i <= 4; i++) {
                    String stored = rs.getString(i);
                    assertTrue(stored.startsWith("v1:"), stored);
                    assertFalse(stored.contains("5678") || stored.contains("4711") || stored.contains("Wensan") || stored.contains("1801"));
                }
            }
        }
    }

    @Test
    void oneDefaultAtATime() {
        AppUsers.Session me = TwoTenants.create(sms).a().customer();
        String home = as(me).body(address("home", true)).when().post("/api/app/me/addresses").then().statusCode(201).extract().path("id");
        String office = as(me).body(address("office", true)).when().post("/api/app/me/addresses").then().statusCode(201).extract().path("id");
        as(me).when().get("/api/app/me/addresses").then().body("findAll { it.isDefault }.id", contains(office));
        as(me).body(address("home", true)).when().put("/api/app/me/addresses/" + home).then().statusCode(200);
        as(me).when().get("/api/app/me/addresses").then().body("findAll { it.isDefault }.id", contains(home));
        as(me).when().delete("/api/app/me/addresses/" + home).then().statusCode(204);
        as(me).when().get("/api/app/me/addresses").then().body("findAll { it.isDefault }.id", contains(office));
    }

    @Test
    void anotherTenantsCustomerGets404AndListsNeverMix() {
        TwoTenants tt = TwoTenants.create(sms);
        String aId = as(tt.a().customer()).body(address("a-home", true)).when().post("/api/app/me/addresses")
                .then().statusCode(201).extract().path("id");
        as(tt.b().customer()).body(address("b-home", true)).when().post("/api/app/me/addresses").then().statusCode(201);

        as(tt.b().customer()).when().get("/api/app/me/addresses/" + aId).then().statusCode(404);
        as(tt.b().customer()).body(address("stolen", false)).when().put("/api/app/me/addresses/" + aId).then().statusCode(404);
        as(tt.b().customer()).when().delete("/api/app/me/addresses/" + aId).then().statusCode(404);
        as(tt.b().customer()).when().get("/api/app/me/addresses").then().body("label", contains("b-home"));
        as(tt.a().customer()).when().get("/api/app/me/addresses").then().body("label", contains("a-home"));
    }

    @Test
    void anotherCustomerOfTheSameTenantGets404() {
        TwoTenants tt = TwoTenants.create(sms);
        String aId = as(tt.a().customer()).body(address("mine", true)).when().post("/api/app/me/addresses")
                .then().statusCode(201).extract().path("id");
        AppUsers.Session neighbour = AppUsers.customer(sms, tt.a().tenant().slug());
        as(neighbour).when().get("/api/app/me/addresses/" + aId).then().statusCode(404);
        as(neighbour).when().get("/api/app/me/addresses").then().body("", hasSize(0));
    }

    @Test
    void staffAndWorkersHaveNoAccessToCustomerSelfService() {
        TwoTenants tt = TwoTenants.create(sms);
        given().auth().oauth2(tt.a().ownerToken()).when().get("/api/app/me/addresses").then().statusCode(403);
        given().auth().oauth2(tt.a().worker().accessToken()).when().get("/api/app/me/addresses").then().statusCode(403);
        given().when().get("/api/app/me/addresses").then().statusCode(401);
    }

    @Test
    void badAddressesAreRefusedAndNothingIsStored() {
        AppUsers.Session me = TwoTenants.create(sms).a().customer();
        Map<String, Object> bad = address("bad", false);
        bad.put("lat", 120.0);
        bad.put("cityCode", "hangzhou");
        as(me).body(bad).when().post("/api/app/me/addresses")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("cityCode", "lat"));
        Map<String, Object> badPhone = address("bad", false);
        badPhone.put("contactPhone", "12");
        as(me).body(badPhone).when().post("/api/app/me/addresses").then().statusCode(422).body("code", equalTo("phone-invalid"));
        as(me).when().get("/api/app/me/addresses").then().body("", hasSize(0));
    }

    @Test
    void profileUpdate() {
        AppUsers.Session me = TwoTenants.create(sms).a().customer();
        as(me).body(Map.of("nickname", "小李", "gender", "FEMALE")).when().put("/api/app/me")
                .then().statusCode(200).body("nickname", equalTo("小李")).body("gender", equalTo("FEMALE"));
        as(me).body(Map.of("gender", "OTHER")).when().put("/api/app/me").then().statusCode(400);
    }
}
