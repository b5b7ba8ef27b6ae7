package io.hearth.platform.customer.staff;

import static io.hearth.platform.customer.staff.StaffCustomerWorld.CUSTOMERS;
import static io.hearth.platform.customer.staff.StaffCustomerWorld.asStaff;
import static io.hearth.platform.customer.staff.StaffCustomerWorld.staff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The tenant's customers for its staff: keyset pages newest first, each filter, masked phones, notes with their rules
 * and version, the audited phone reveal, roles, and tenants that never see each other's customers.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class StaffCustomerResourceTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    StaffCustomerWorld world;

    @Test
    void pagesNewestFirstWithoutGapsOrDuplicatesAndEachFilterFindsItsCustomers() {
        TwoTenants two = world.two();
        TwoTenants.Side a = two.a();
        UUID tenant = a.tenant().id();
        String owner = a.ownerToken();
        // Six customers registered on six different days (the side's own customer plus five), newest first.
        List<AppUsers.Session> made = new ArrayList<>();
        made.add(a.customer());
        String[] names = { "Li Na", "Wang Fang", "Zhang Wei", "Chen Jing", "Liu_Yang%" };
        for (int i = 0; i < names.length; i++) {
            made.add(world.customer(a, StaffCustomerWorld.phoneEndingIn("10" + i + "7"), names[i]));
        }
        Instant base = Instant.now().minusSeconds(60);
        List<Instant> registered = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            registered.add(base.minus(Duration.ofDays(10L * i)));
            world.registeredAt(tenant, made.get(i).subjectId(), registered.get(i));
        }
        List<String> expected = made.stream().map(AppUsers.Session::subjectId).toList();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = asStaff(owner).queryParam("limit", 4);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.when().get(CUSTOMERS).then().statusCode(200)
                    .body("items.phone", everyItem(matchesPattern("1[3-9][0-9]\\*{4}[0-9]{4}")))
                    .extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 5);
        assertEquals(2, pages);
        assertEquals(expected, seen);
        assertEquals(seen.size(), new LinkedHashSet<>(seen).size());

        // A customer signing up between two page reads does not shift the next page.
        JsonPath first = asStaff(owner).queryParam("limit", 4).when().get(CUSTOMERS).then().extract().jsonPath();
        AppUsers.Session late = world.customer(a, AppUsers.newPhone());
        asStaff(owner).queryParam("limit", 4).queryParam("cursor", first.getString("nextCursor")).when().get(CUSTOMERS)
                .then().statusCode(200).body("items.id", equalTo(expected.subList(4, 6)));
        asStaff(owner).queryParam("limit", 1).when().get(CUSTOMERS).then().body("items[0].id", equalTo(late.subjectId()));

        // q: a full phone in any accepted format (exact, through the blind index) ...
        AppUsers.Session wang = made.get(2);
        String spaced = "+86 " + wang.phone().substring(0, 3) + " " + wang.phone().substring(3, 7) + " " + wang.phone().substring(7);
        asStaff(owner).queryParam("q", spaced).when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(wang.subjectId())))
                .body("items[0].nickname", equalTo("Wang Fang"))
                .body("items[0].phone", equalTo(wang.phone().substring(0, 3) + "****" + wang.phone().substring(7)));
        asStaff(owner).queryParam("q", "13" + wang.phone().substring(2, 10) + "9").when().get(CUSTOMERS).then()
                .statusCode(200).body("items", hasSize(0));
        // ... the last four digits ...
        asStaff(owner).queryParam("q", wang.phone().substring(7)).when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(wang.subjectId())));
        // ... or part of the nickname, case-insensitive, with LIKE's wildcards taken literally.
        asStaff(owner).queryParam("q", "zhang").when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(made.get(3).subjectId())));
        asStaff(owner).queryParam("q", "N").queryParam("limit", 10).when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(expected.subList(1, 6)));
        asStaff(owner).queryParam("q", "_yang%").when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(made.get(5).subjectId())));
        asStaff(owner).queryParam("q", "%").when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(made.get(5).subjectId())));

        // memberLevel
        world.memberLevel(tenant, made.get(1).subjectId(), "GOLD");
        world.memberLevel(tenant, made.get(4).subjectId(), "GOLD");
        world.memberLevel(tenant, made.get(3).subjectId(), "SILVER");
        asStaff(owner).queryParam("memberLevel", "GOLD").when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(made.get(1).subjectId(), made.get(4).subjectId())))
                .body("items.memberLevel", everyItem(equalTo("GOLD")));

        // registeredFrom / registeredTo: the tenant's calendar days, both included.
        String day2 = LocalDate.ofInstant(registered.get(2), SHANGHAI).toString();
        asStaff(owner).queryParam("registeredFrom", day2)
                .queryParam("registeredTo", LocalDate.ofInstant(registered.get(1), SHANGHAI).toString())
                .when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(expected.get(1), expected.get(2))));
        asStaff(owner).queryParam("registeredTo", LocalDate.ofInstant(registered.get(4), SHANGHAI).toString())
                .when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(expected.get(4), expected.get(5))));
        asStaff(owner).queryParam("registeredFrom", day2).queryParam("memberLevel", "GOLD")
                .when().get(CUSTOMERS).then().statusCode(200).body("items.id", equalTo(List.of(made.get(1).subjectId())));

        // Bad input changes nothing and says what is wrong.
        asStaff(owner).queryParam("cursor", "not-a-cursor").when().get(CUSTOMERS).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("customer-cursor-invalid"));
        asStaff(owner).queryParam("registeredFrom", "2030-02-30").when().get(CUSTOMERS).then().statusCode(400)
                .body("code", equalTo("customer-filter-invalid"));
        asStaff(owner).queryParam("memberLevel", "gold level!").when().get(CUSTOMERS).then().statusCode(400)
                .body("code", equalTo("customer-filter-invalid"));
        asStaff(owner).queryParam("q", "x".repeat(61)).when().get(CUSTOMERS).then().statusCode(400);
        asStaff(owner).queryParam("registeredFrom", "2030-05-02").queryParam("registeredTo", "2030-05-01")
                .when().get(CUSTOMERS).then().statusCode(422).body("code", equalTo("customer-date-range-reversed"));
        asStaff(owner).queryParam("limit", 0).when().get(CUSTOMERS).then().statusCode(400);
        asStaff(owner).queryParam("limit", 101).when().get(CUSTOMERS).then().statusCode(400);
    }

    @Test
    void theSamePhoneAtTwoTenantsIsOnlyTheCallersCustomerAndAnotherTenantsCustomerIsNotFound() {
        TwoTenants two = world.two();
        TwoTenants.Side a = two.a();
        TwoTenants.Side b = two.b();
        String phone = AppUsers.newPhone();
        AppUsers.Session atA = world.customer(a, phone);
        AppUsers.Session atB = world.customer(b, phone);

        asStaff(a.ownerToken()).queryParam("q", phone).when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(atA.subjectId())));
        asStaff(b.ownerToken()).queryParam("q", phone.substring(7)).when().get(CUSTOMERS).then().statusCode(200)
                .body("items.id", equalTo(List.of(atB.subjectId())));
        List<String> all = asStaff(a.ownerToken()).queryParam("limit", 100).when().get(CUSTOMERS).then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertEquals(new LinkedHashSet<>(List.of(atA.subjectId(), a.customer().subjectId())), new LinkedHashSet<>(all));

        String idB = atB.subjectId();
        asStaff(a.ownerToken()).when().get(CUSTOMERS + "/" + idB).then().statusCode(404)
                .contentType("application/problem+json");
        asStaff(a.ownerToken()).body(Map.of("note", "x", "tags", List.of(), "version", 0))
                .when().put(CUSTOMERS + "/" + idB + "/notes").then().statusCode(404);
        asStaff(a.ownerToken()).when().post(CUSTOMERS + "/" + idB + "/phone-reveal").then().statusCode(404);
        asStaff(a.ownerToken()).when().get(CUSTOMERS + "/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals(List.of(), world.audit(b.tenant().id(), idB));
        assertEquals(List.of(), world.audit(a.tenant().id(), idB));
        asStaff(b.ownerToken()).when().get(CUSTOMERS + "/" + idB).then().statusCode(200)
                .body("notes.version", equalTo(0));
    }

    @Test
    void notesAreCheckedFieldByFieldVersionedAndAudited() {
        TwoTenants two = world.two();
        TwoTenants.Side a = two.a();
        String id = a.customer().subjectId();
        String notes = CUSTOMERS + "/" + id + "/notes";
        String owner = a.ownerToken();

        asStaff(owner).when().get(CUSTOMERS + "/" + id).then().statusCode(200)
                .body("notes.version", equalTo(0)).body("notes.tags", hasSize(0)).body("notes.note", nullValue());
        asStaff(owner).body(body("  Prefers mornings; two cats.  ", List.of(" VIP ", "vip", "cats", " ", "VIP"), 0))
                .when().put(notes).then().statusCode(200)
                .body("note", equalTo("Prefers mornings; two cats."))
                .body("tags", equalTo(List.of("VIP", "cats")))
                .body("version", equalTo(1))
                .body("updatedBy", equalTo(a.tenant().slug() + "-owner"));

        // A stale version is refused and changes nothing.
        asStaff(owner).body(body("Overwritten", List.of(), 0)).when().put(notes).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("customer-notes-stale"));

        // Every broken rule at once, at its field; nothing saved.
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tooMany.add("tag" + i);
        }
        tooMany.add("x".repeat(21));
        Map<String, Object> bad = body("n".repeat(1001), tooMany, null);
        JsonPath problem = asStaff(owner).header("Accept-Language", "en").body(bad).when().put(notes).then()
                .statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("customer-notes-invalid")).extract().jsonPath();
        assertEquals(List.of("note", "tags", "tags[11]", "version"), problem.getList("errors.field"));
        assertEquals("At most 1000 characters.", problem.getString("errors.find { it.field == 'note' }.message"));
        asStaff(owner).header("Accept-Language", "zh-CN").body(body("ok", List.of("y".repeat(21)), 1)).when().put(notes)
                .then().statusCode(422).body("errors[0].field", equalTo("tags[0]"))
                .body("errors[0].message", equalTo("每个标签最多 20 个字符。"));
        // Exactly the limits pass: 1000 characters (Chinese counts per character), 10 tags of 20.
        List<String> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(String.format("%020d", i));
        }
        asStaff(owner).body(body("好".repeat(1000), ten, 1)).when().put(notes).then().statusCode(200)
                .body("version", equalTo(2)).body("tags", hasSize(10));

        // Customer service edits too; marketing reads but may not edit.
        String cs = staff(a, "customer-service");
        asStaff(cs).body(body(null, List.of("callback"), 2)).when().put(notes).then().statusCode(200)
                .body("note", nullValue()).body("version", equalTo(3)).body("updatedBy", equalTo(a.tenant().slug() + "-customer-service"));
        String marketing = staff(a, "marketing");
        asStaff(marketing).body(body("mine", List.of(), 3)).when().put(notes).then().statusCode(403);
        asStaff(marketing).when().get(CUSTOMERS + "/" + id).then().statusCode(200)
                .body("notes.tags", equalTo(List.of("callback"))).body("notes.version", equalTo(3));

        List<List<String>> audit = world.audit(a.tenant().id(), id);
        assertEquals(3, audit.size());
        assertEquals(List.of("customer.notes-update", a.tenant().slug() + "-owner"), audit.get(0).subList(0, 2));
        assertTrue(audit.get(0).get(2).contains("\"version\": 0") || audit.get(0).get(2).contains("\"version\":0"),
                audit.get(0).get(2));
        assertTrue(audit.get(0).get(3).contains("Prefers mornings"), audit.get(0).get(3));
        assertEquals(a.tenant().slug() + "-customer-service", audit.get(2).get(1));
    }

    @Test
    void revealingThePhoneIsAuditedAndOnlyForOwnerAndCustomerService() {
        TwoTenants two = world.two();
        TwoTenants.Side a = two.a();
        AppUsers.Session customer = a.customer();
        String reveal = CUSTOMERS + "/" + customer.subjectId() + "/phone-reveal";

        asStaff(a.ownerToken()).when().post(reveal).then().statusCode(200)
                .body("customerId", equalTo(customer.subjectId()))
                .body("phone", equalTo("+86" + customer.phone()));
        asStaff(staff(a, "customer-service")).when().post(reveal).then().statusCode(200);
        for (String refused : List.of("marketing", "dispatcher", "finance", "catalog-manager")) {
            asStaff(staff(a, refused)).when().post(reveal).then().statusCode(403);
        }
        List<List<String>> audit = world.audit(a.tenant().id(), customer.subjectId());
        assertEquals(2, audit.size());
        assertEquals(List.of("customer.phone-reveal", a.tenant().slug() + "-owner"), audit.get(0).subList(0, 2));
        assertEquals(List.of("customer.phone-reveal", a.tenant().slug() + "-customer-service"), audit.get(1).subList(0, 2));

        UUID weChatOnly = world.weChatOnlyCustomer(a.tenant().id(), "Only WeChat");
        asStaff(a.ownerToken()).when().post(CUSTOMERS + "/" + weChatOnly + "/phone-reveal").then().statusCode(422)
                .body("code", equalTo("customer-no-phone"));
        assertEquals(List.of(), world.audit(a.tenant().id(), weChatOnly.toString()));
        asStaff(a.ownerToken()).queryParam("q", "only").when().get(CUSTOMERS).then().statusCode(200)
                .body("items[0].id", equalTo(weChatOnly.toString())).body("items[0].phone", nullValue());

        // Dispatchers and finance see no customers at all; customers and workers neither.
        for (String refused : List.of("dispatcher", "finance")) {
            asStaff(staff(a, refused)).when().get(CUSTOMERS).then().statusCode(403);
            asStaff(staff(a, refused)).when().get(CUSTOMERS + "/" + customer.subjectId()).then().statusCode(403);
            asStaff(staff(a, refused)).body(body("x", List.of(), 0)).when()
                    .put(CUSTOMERS + "/" + customer.subjectId() + "/notes").then().statusCode(403);
        }
        asStaff(customer.accessToken()).when().get(CUSTOMERS).then().statusCode(403);
        asStaff(a.worker().accessToken()).when().get(CUSTOMERS).then().statusCode(403);
        asStaff(staff(a, "marketing")).when().get(CUSTOMERS).then().statusCode(200);
    }

    static Map<String, Object> body(String note, List<String> tags, Integer version) {
        Map<String, Object> b = new HashMap<>();
        b.put("note", note);
        b.put("tags", tags);
        b.put("version", version);
        return b;
    }
}
