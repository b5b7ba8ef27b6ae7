package io.hearth.platform.tenant.staff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.directory.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The staff guard rails as plain rules, without the application. */
class StaffRulesTest {

    static StaffMember member(String id, boolean enabled, String... roles) {
        return new StaffMember(id, id, id + "@example.test", null, null, List.of(roles), enabled, Instant.EPOCH);
    }

    @Test
    void onlyTenantRolesPass() {
        assertEquals(Set.of("owner", "finance"), StaffRules.tenantRoles(List.of("owner", "finance")));
        ApiException unknown = assertThrows(ApiException.class,
                () -> StaffRules.tenantRoles(List.of("marketing", "platform-admin", "admin")));
        assertEquals(422, unknown.status());
        assertEquals("staff-role-unknown", unknown.messageKey());
        assertEquals("admin", unknown.args()[0], "the first unknown one, in a stable order");
        assertEquals(Map.of("roles", "staff-roles-allowed"), unknown.fieldErrors());
    }

    @Test
    void takingAwayAnOwnerMeansDisablingOrDemotingAnEnabledOne() {
        StaffMember owner = member("a", true, "owner", "finance");
        assertTrue(StaffRules.takesAwayAnOwner(owner, false, Set.of("owner")));
        assertTrue(StaffRules.takesAwayAnOwner(owner, true, Set.of("finance")));
        assertFalse(StaffRules.takesAwayAnOwner(owner, true, Set.of("owner")));
        assertFalse(StaffRules.takesAwayAnOwner(member("b", false, "owner"), false, Set.of("finance")));
        assertFalse(StaffRules.takesAwayAnOwner(member("c", true, "dispatcher"), false, Set.of("dispatcher")));
    }

    @Test
    void anotherEnabledOwnerMustRemain() {
        StaffMember a = member("a", true, "owner");
        StaffMember disabledOwner = member("b", false, "owner");
        StaffMember dispatcher = member("c", true, "dispatcher");

        ApiException last = assertThrows(ApiException.class,
                () -> StaffRules.keepAnOwner(a, List.of(a, disabledOwner, dispatcher)));
        assertEquals(409, last.status());
        assertEquals("staff-last-owner", last.messageKey());
        assertDoesNotThrow(() -> StaffRules.keepAnOwner(a, List.of(a, member("d", true, "owner", "finance"))));
    }

    @Test
    void nobodyDisablesThemselves() {
        ApiException self = assertThrows(ApiException.class, () -> StaffRules.notSelf("a", member("a", true, "owner")));
        assertEquals("staff-self-disable", self.messageKey());
        assertDoesNotThrow(() -> StaffRules.notSelf("b", member("a", true, "owner")));
        assertDoesNotThrow(() -> StaffRules.notSelf(null, member("a", true, "owner")));
    }

    @Test
    void thePlanCountsEnabledAccountsOnly() {
        List<StaffMember> two = List.of(member("a", true, "owner"), member("b", true, "finance"), member("c", false, "finance"));
        assertEquals(2, StaffRules.enabled(two));
        ApiException full = assertThrows(ApiException.class, () -> StaffRules.seatFree(two, 2));
        assertEquals("staff-limit-reached", full.messageKey());
        assertEquals("2", full.args()[0]);
        assertDoesNotThrow(() -> StaffRules.seatFree(two, 3));
        assertDoesNotThrow(() -> StaffRules.seatFree(two, null));
    }
}
