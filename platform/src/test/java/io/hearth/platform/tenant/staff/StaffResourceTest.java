package io.hearth.platform.tenant.staff;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.testing.RecordingTenantDirectory;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The owner manages the company's staff accounts through {@code /api/tenant/staff}: given a tenant created through the
 * super-admin API (its organization and owner are in the recording directory), when the owner invites, changes roles,
 * disables, enables or resets a password, then the directory holds exactly that, the audit log says so without the
 * password, and the guard rails, the plan's limit, roles and tenant isolation hold.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class StaffResourceTest {

    static final String STAFF = "/api/tenant/staff";

    @Inject
    RecordingTenantDirectory directory;

    /** A tenant, the id of its owner account in the directory, and that owner's token (subject = that id). */
    record Company(Tenants.Created tenant, String ownerId, String ownerToken) {

        String slug() {
            return tenant.slug();
        }

        String organizationId(RecordingTenantDirectory directory) {
            return directory.organization(slug()).orElseThrow().id();
        }
    }

    Company company() {
        return company(Tenants.company(Tenants.uniqueSlug("staff")));
    }

    Company company(Map<String, Object> body) {
        Tenants.Created t = Tenants.create(body);
        String ownerId = directory.userByUsername(t.slug() + "-owner").orElseThrow().id();
        return new Company(t, ownerId, StaffTokens.member(ownerId, t.slug() + "-owner", t.slug(), "owner"));
    }

    static Map<String, Object> invite(String username, String... roles) {
        return Map.of("username", username, "email", username + "@example.test", "firstName", "Fang",
                "lastName", "Wang", "roles", List.of(roles));
    }

    /** Invites and answers the new account's id. */
    static String invited(Company c, String username, String... roles) {
        return as(c.ownerToken()).body(invite(username, roles)).when().post(STAFF)
                .then().statusCode(201).extract().path("account.id");
    }

    static ValidatableResponse audit(String accountId) {
        return as(StaffTokens.superAdmin()).when()
                .get("/api/platform/audit?targetType=staff-account&targetId=" + accountId).then().statusCode(200);
    }

    @Test
    void theOwnerListsEveryAccountSortedByUsernameWithRolesAndStatus() {
        Company c = company();
        as(c.ownerToken()).when().get(STAFF).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(c.ownerId()))
                .body("items[0].username", equalTo(c.slug() + "-owner"))
                .body("items[0].email", equalTo(c.slug() + "@example.test"))
                .body("items[0].roles", equalTo(List.of("owner")))
                .body("items[0].enabled", equalTo(true))
                .body("items[0].createdAt", notNullValue())
                .body("enabledAccounts", equalTo(1))
                .body("maxStaffAccounts", nullValue());

        String zoe = invited(c, "zoe-" + c.slug(), "dispatcher", "customer-service");
        invited(c, "amy-" + c.slug(), "finance");
        as(c.ownerToken()).body(Map.of("username", "lu-" + c.slug(), "email", "chen.lu." + c.slug() + "@example.test", "firstName", "Lu",
                "lastName", "Chen", "roles", List.of("marketing"))).when().post(STAFF).then().statusCode(201);
        as(c.ownerToken()).when().post(STAFF + "/" + zoe + "/disable").then().statusCode(200);

        as(c.ownerToken()).when().get(STAFF).then().statusCode(200)
                .body("items.username", equalTo(List.of("amy-" + c.slug(), "lu-" + c.slug(), c.slug() + "-owner",
                        "zoe-" + c.slug())))
                .body("items[3].roles", equalTo(List.of("dispatcher", "customer-service")))
                .body("items[3].enabled", equalTo(false))
                .body("enabledAccounts", equalTo(3));
        as(c.ownerToken()).when().queryParam("q", "ZOE").get(STAFF).then().statusCode(200)
                .body("items.username", equalTo(List.of("zoe-" + c.slug())));
        as(c.ownerToken()).when().queryParam("q", " chen ").get(STAFF).then().statusCode(200)
                .body("items.username", equalTo(List.of("lu-" + c.slug())));
        as(c.ownerToken()).when().queryParam("q", "chen.lu.").get(STAFF).then().statusCode(200).body("items", hasSize(1));
        as(c.ownerToken()).when().queryParam("q", "Fang Wang").get(STAFF).then().statusCode(200).body("items", hasSize(2));
        as(c.ownerToken()).when().queryParam("q", "nobody-like-this").get(STAFF).then().statusCode(200).body("items", hasSize(0))
                .body("enabledAccounts", equalTo(3));
        as(c.ownerToken()).when().get(STAFF + "/" + zoe).then().statusCode(200)
                .body("username", equalTo("zoe-" + c.slug())).body("enabled", equalTo(false));
    }

    @Test
    void anInvitationCreatesTheMemberWithATemporaryPasswordShownOnceAndAudited() {
        Company c = company();
        String username = "mei-" + c.slug();

        var answer = as(c.ownerToken()).body(invite(username, "dispatcher", "catalog-manager")).when().post(STAFF)
                .then().statusCode(201)
                .header("Location", containsString(STAFF + "/"))
                .body("account.username", equalTo(username))
                .body("account.email", equalTo(username + "@example.test"))
                .body("account.firstName", equalTo("Fang"))
                .body("account.lastName", equalTo("Wang"))
                .body("account.roles", equalTo(List.of("dispatcher", "catalog-manager")))
                .body("account.enabled", equalTo(true))
                .body("temporaryPassword", notNullValue())
                .extract();
        String id = answer.path("account.id");
        String password = answer.path("temporaryPassword");

        RecordingTenantDirectory.User user = directory.user(id).orElseThrow();
        assertEquals(password, user.password());
        assertTrue(user.passwordTemporary());
        assertEquals(List.of("UPDATE_PASSWORD"), user.requiredActions());
        assertEquals(Set.of("dispatcher", "catalog-manager", RecordingTenantDirectory.DEFAULT_ROLES), user.realmRoles());
        assertTrue(directory.memberIds(c.organizationId(directory)).contains(id));

        as(c.ownerToken()).when().get(STAFF + "/" + id).then().statusCode(200)
                .body("roles", equalTo(List.of("dispatcher", "catalog-manager")))
                .body("$", not(hasKey("temporaryPassword")));
        String audited = audit(id)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("staff.invite"))
                .body("items[0].actorSub", equalTo(c.ownerId()))
                .body("items[0].actorName", equalTo(c.slug() + "-owner"))
                .body("items[0].before", nullValue())
                .body("items[0].after.tenantId", equalTo(c.tenant().id().toString()))
                .body("items[0].after.username", equalTo(username))
                .body("items[0].after.roles", equalTo(List.of("dispatcher", "catalog-manager")))
                .extract().asString();
        assertFalse(audited.contains(password), "the audit log never holds a password");
    }

    @Test
    void badInvitationsAreRefusedAndCreateNothing() {
        Company c = company();
        String org = c.organizationId(directory);
        String outsider = directory.addRealmUser("outsider-" + c.slug(), "outsider-" + c.slug() + "@example.test",
                "platform-admin");
        Map<String, Object> good = invite("li-" + c.slug(), "dispatcher");

        Map<String, Object> noEmail = new HashMap<>(good);
        noEmail.remove("email");
        as(c.ownerToken()).body(noEmail).when().post(STAFF).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("email"));
        Map<String, Object> badName = new HashMap<>(good);
        badName.put("username", "Li Na");
        as(c.ownerToken()).body(badName).when().post(STAFF).then().statusCode(400).body("errors.field", hasItem("username"));
        Map<String, Object> noRoles = new HashMap<>(good);
        noRoles.put("roles", List.of());
        as(c.ownerToken()).body(noRoles).when().post(STAFF).then().statusCode(400).body("errors.field", hasItem("roles"));
        Map<String, Object> platformRole = new HashMap<>(good);
        platformRole.put("roles", List.of("dispatcher", "platform-admin"));
        as(c.ownerToken()).body(platformRole).when().post(STAFF).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("staff-role-unknown"))
                .body("detail", containsString("platform-admin"))
                .body("errors.field", equalTo(List.of("roles")));
        as(c.ownerToken()).header("Accept-Language", "zh-CN").body(platformRole).when().post(STAFF).then().statusCode(422)
                .body("detail", containsString("未知角色"));

        as(c.ownerToken()).body(invite(c.slug() + "-owner", "finance")).when().post(STAFF).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("directory-conflict"))
                .body("errors.field", equalTo(List.of("username")));
        Map<String, Object> takenEmail = new HashMap<>(good);
        takenEmail.put("email", (c.slug() + "@EXAMPLE.test").toUpperCase());
        as(c.ownerToken()).body(takenEmail).when().post(STAFF).then().statusCode(409)
                .body("errors.field", equalTo(List.of("email")));
        // an account outside the company (here a platform account) is never adopted
        as(c.ownerToken()).body(invite("outsider-" + c.slug(), "owner")).when().post(STAFF).then().statusCode(409);

        assertEquals(List.of(c.ownerId()), directory.memberIds(org));
        assertEquals(Set.of("platform-admin", RecordingTenantDirectory.DEFAULT_ROLES),
                directory.user(outsider).orElseThrow().realmRoles());
        assertTrue(directory.userByUsername("li-" + c.slug()).isEmpty());
    }

    @Test
    void thePlanLimitsTheEnabledAccounts() {
        String planId = as(StaffTokens.superAdmin()).body(Map.of("code", "s2-" + UUID.randomUUID().toString().substring(0, 6),
                "name", "Two seats", "maxWorkers", 10, "maxStaffAccounts", 2, "monthlyPriceFen", 0))
                .when().post("/api/platform/plans").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>(Tenants.company(Tenants.uniqueSlug("staff")));
        body.put("planId", planId);
        Company c = company(body);

        String first = invited(c, "first-" + c.slug(), "dispatcher");
        as(c.ownerToken()).body(invite("second-" + c.slug(), "finance")).when().post(STAFF).then().statusCode(409)
                .body("code", equalTo("staff-limit-reached")).body("detail", containsString("2"));
        as(c.ownerToken()).when().get(STAFF).then().body("enabledAccounts", equalTo(2)).body("maxStaffAccounts", equalTo(2));

        as(c.ownerToken()).when().post(STAFF + "/" + first + "/disable").then().statusCode(200);
        String second = invited(c, "second-" + c.slug(), "finance");
        as(c.ownerToken()).when().post(STAFF + "/" + first + "/enable").then().statusCode(409)
                .body("code", equalTo("staff-limit-reached"));
        assertFalse(directory.user(first).orElseThrow().enabled());
        // enabling an enabled account takes no seat
        as(c.ownerToken()).when().post(STAFF + "/" + second + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        assertEquals(3, directory.memberIds(c.organizationId(directory)).size());
    }

    @Test
    void rolesAreReplacedWithinTheTenantRolesOnly() {
        Company c = company();
        String id = invited(c, "ming-" + c.slug(), "dispatcher");
        directory.grantRealmRole(id, "offline_access");

        as(c.ownerToken()).body(Map.of("roles", List.of("marketing", "finance"))).when().put(STAFF + "/" + id + "/roles")
                .then().statusCode(200).body("roles", equalTo(List.of("finance", "marketing")));
        assertEquals(Set.of("finance", "marketing", "offline_access", RecordingTenantDirectory.DEFAULT_ROLES),
                directory.user(id).orElseThrow().realmRoles());

        as(c.ownerToken()).body(Map.of("roles", List.of())).when().put(STAFF + "/" + id + "/roles").then().statusCode(400)
                .body("errors.field", hasItem("roles"));
        as(c.ownerToken()).body(Map.of()).when().put(STAFF + "/" + id + "/roles").then().statusCode(400);
        as(c.ownerToken()).body(Map.of("roles", List.of("finance", "offline_access"))).when().put(STAFF + "/" + id + "/roles")
                .then().statusCode(422).body("code", equalTo("staff-role-unknown")).body("detail", containsString("offline_access"));
        assertEquals(Set.of("finance", "marketing", "offline_access", RecordingTenantDirectory.DEFAULT_ROLES),
                directory.user(id).orElseThrow().realmRoles());

        audit(id).body("items", hasSize(2))
                .body("items[0].action", equalTo("staff.set-roles"))
                .body("items[0].before.roles", equalTo(List.of("dispatcher")))
                .body("items[0].after.roles", equalTo(List.of("finance", "marketing")));
    }

    @Test
    void theCompanyAlwaysKeepsAnEnabledOwnerAndNobodyDisablesThemselves() {
        Company c = company();
        String self = STAFF + "/" + c.ownerId();

        as(c.ownerToken()).when().post(self + "/disable").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("staff-self-disable"));
        as(c.ownerToken()).body(Map.of("roles", List.of("dispatcher"))).when().put(self + "/roles").then().statusCode(409)
                .body("code", equalTo("staff-last-owner")).body("detail", containsString(c.slug() + "-owner"));
        // an owner whose account the directory does not hold: only the last-owner rule stands in its way
        String otherOwner = StaffTokens.staff("other-" + c.slug(), c.slug(), "owner");
        as(otherOwner).when().post(self + "/disable").then().statusCode(409).body("code", equalTo("staff-last-owner"));

        String second = invited(c, "second-" + c.slug(), "owner");
        as(c.ownerToken()).when().post(STAFF + "/" + second + "/disable").then().statusCode(200);
        as(c.ownerToken()).body(Map.of("roles", List.of("dispatcher"))).when().put(self + "/roles").then().statusCode(409)
                .body("code", equalTo("staff-last-owner"));
        assertTrue(directory.user(c.ownerId()).orElseThrow().realmRoles().contains("owner"));

        as(c.ownerToken()).when().post(STAFF + "/" + second + "/enable").then().statusCode(200);
        as(c.ownerToken()).body(Map.of("roles", List.of("owner", "finance"))).when().put(self + "/roles")
                .then().statusCode(200).body("roles", equalTo(List.of("owner", "finance")));
        String secondToken = StaffTokens.member(second, "second-" + c.slug(), c.slug(), "owner");
        as(secondToken).when().post(self + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        as(secondToken).body(Map.of("roles", List.of("finance"))).when().put(STAFF + "/" + second + "/roles")
                .then().statusCode(409).body("code", equalTo("staff-last-owner"));
        // a disabled owner is no owner to keep: its roles may change
        as(secondToken).body(Map.of("roles", List.of("finance"))).when().put(self + "/roles")
                .then().statusCode(200).body("roles", equalTo(List.of("finance")));
        assertTrue(directory.user(second).orElseThrow().enabled());
    }

    @Test
    void disableEnableAndPasswordResetEndSessionsAndAreAudited() {
        Company c = company();
        var created = as(c.ownerToken()).body(invite("jun-" + c.slug(), "customer-service")).when().post(STAFF)
                .then().statusCode(201).extract();
        String id = created.path("account.id");
        String first = created.path("temporaryPassword");

        // no body, and no JSON content type: as a plain client sends an empty POST
        given().auth().oauth2(c.ownerToken()).when().post(STAFF + "/" + id + "/disable").then().statusCode(200)
                .body("enabled", equalTo(false)).body("roles", equalTo(List.of("customer-service")));
        assertFalse(directory.user(id).orElseThrow().enabled());
        assertEquals(1, directory.user(id).orElseThrow().sessionsEnded());
        as(c.ownerToken()).when().post(STAFF + "/" + id + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        as(c.ownerToken()).when().post(STAFF + "/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        assertTrue(directory.user(id).orElseThrow().enabled());

        String reset = given().auth().oauth2(c.ownerToken()).when().post(STAFF + "/" + id + "/password-reset")
                .then().statusCode(200)
                .body("account.id", equalTo(id))
                .body("account.username", equalTo("jun-" + c.slug()))
                .extract().path("temporaryPassword");
        assertNotEquals(first, reset);
        RecordingTenantDirectory.User user = directory.user(id).orElseThrow();
        assertEquals(reset, user.password());
        assertTrue(user.passwordTemporary());
        assertTrue(user.requiredActions().contains("UPDATE_PASSWORD"));
        assertEquals(3, user.sessionsEnded());

        String audited = audit(id).body("items.action", equalTo(List.of("staff.reset-password", "staff.enable",
                        "staff.disable", "staff.disable", "staff.invite")))
                .body("items[0].after.temporaryPasswordIssued", equalTo(true))
                .body("items[3].before.enabled", equalTo(true))
                .body("items[3].after.enabled", equalTo(false))
                .extract().asString();
        assertFalse(audited.contains(reset));
        assertFalse(audited.contains(first));
    }

    @Test
    void onlyTheOwnerManagesStaff() {
        Company c = company();
        String id = invited(c, "pei-" + c.slug(), "dispatcher");
        String dispatcher = StaffTokens.member(id, "pei-" + c.slug(), c.slug(), "dispatcher");
        String service = StaffTokens.staff("cs-" + c.slug(), c.slug(), "customer-service", "finance", "marketing",
                "catalog-manager");

        for (String token : List.of(dispatcher, service)) {
            as(token).when().get(STAFF).then().statusCode(403).contentType("application/problem+json");
            as(token).when().get(STAFF + "/" + id).then().statusCode(403);
            as(token).body(invite("sneaky-" + c.slug(), "owner")).when().post(STAFF).then().statusCode(403);
            as(token).body(Map.of("roles", List.of("owner"))).when().put(STAFF + "/" + id + "/roles").then().statusCode(403);
            as(token).when().post(STAFF + "/" + c.ownerId() + "/disable").then().statusCode(403);
            as(token).when().post(STAFF + "/" + id + "/enable").then().statusCode(403);
            as(token).when().post(STAFF + "/" + c.ownerId() + "/password-reset").then().statusCode(403);
        }
        given().when().get(STAFF).then().statusCode(401);
        assertEquals(Set.of("dispatcher", RecordingTenantDirectory.DEFAULT_ROLES), directory.user(id).orElseThrow().realmRoles());
        assertTrue(directory.userByUsername("sneaky-" + c.slug()).isEmpty());
        assertTrue(directory.user(c.ownerId()).orElseThrow().enabled());
    }

    @Test
    void anotherTenantsAccountsAreNotFoundAndListsNeverMix() {
        Company a = company();
        Company b = company();
        String ofB = invited(b, "b-staff-" + b.slug(), "dispatcher");
        String outsider = directory.addRealmUser("nobody-" + a.slug(), null, "platform-admin");

        for (String id : List.of(ofB, b.ownerId(), outsider)) {
            as(a.ownerToken()).when().get(STAFF + "/" + id).then().statusCode(404)
                    .contentType("application/problem+json").body("code", equalTo("not-found"));
            as(a.ownerToken()).body(Map.of("roles", List.of("owner"))).when().put(STAFF + "/" + id + "/roles")
                    .then().statusCode(404);
            as(a.ownerToken()).when().post(STAFF + "/" + id + "/disable").then().statusCode(404);
            as(a.ownerToken()).when().post(STAFF + "/" + id + "/enable").then().statusCode(404);
            as(a.ownerToken()).when().post(STAFF + "/" + id + "/password-reset").then().statusCode(404);
        }
        as(a.ownerToken()).when().get(STAFF + "/not..a..valid..id").then().statusCode(404);

        RecordingTenantDirectory.User untouched = directory.user(ofB).orElseThrow();
        assertEquals(Set.of("dispatcher", RecordingTenantDirectory.DEFAULT_ROLES), untouched.realmRoles());
        assertTrue(untouched.enabled());
        assertEquals(0, untouched.sessionsEnded());
        assertEquals(Set.of("platform-admin", RecordingTenantDirectory.DEFAULT_ROLES),
                directory.user(outsider).orElseThrow().realmRoles());
        as(a.ownerToken()).when().get(STAFF).then().statusCode(200)
                .body("items.id", equalTo(List.of(a.ownerId())));
        as(b.ownerToken()).when().get(STAFF).then().statusCode(200)
                .body("items.username", everyItem(containsString(b.slug())))
                .body("items", hasSize(2));
        // tenant B's owner cannot pick tenant A with the header: the token lists B only
        as(b.ownerToken()).header("X-Hearth-Tenant", a.slug()).when().get(STAFF).then().statusCode(403);
    }

    @Test
    void anUnreachableDirectoryIsServiceUnavailableAndChangesNothing() {
        Company c = company();
        String id = invited(c, "tao-" + c.slug(), "dispatcher");
        directory.failWhenCalled(RecordingTenantDirectory.unavailable());
        try {
            as(c.ownerToken()).when().get(STAFF).then().statusCode(503)
                    .contentType("application/problem+json").body("code", equalTo("directory-unavailable"));
            as(c.ownerToken()).body(invite("kai-" + c.slug(), "finance")).when().post(STAFF).then().statusCode(503);
            as(c.ownerToken()).body(Map.of("roles", List.of("finance"))).when().put(STAFF + "/" + id + "/roles")
                    .then().statusCode(503);
            as(c.ownerToken()).when().post(STAFF + "/" + id + "/password-reset").then().statusCode(503);
        } finally {
            directory.failWhenCalled(null);
        }
        audit(id).body("items.action", equalTo(List.of("staff.invite")));
        assertTrue(directory.userByUsername("kai-" + c.slug()).isEmpty());
    }
}
