package io.hearth.platform.shared.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationClaimTest {

    @Test
    void listOfAliases() {
        assertEquals(List.of("sparkle"), OrganizationClaim.aliases(List.of("sparkle")));
    }

    @Test
    void mapKeyedByAliasWhenKeycloakAddsIds() {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("hz-city", Map.of("id", "42"));
        assertEquals(List.of("hz-city"), OrganizationClaim.aliases(claim));
    }

    @Test
    void quotedJsonStringsAreUnquoted() {
        assertEquals(List.of("sparkle"), OrganizationClaim.aliases(List.of("\"sparkle\"")));
    }

    @Test
    void absentClaimMeansNoOrganization() {
        assertEquals(List.of(), OrganizationClaim.aliases(null));
    }
}
