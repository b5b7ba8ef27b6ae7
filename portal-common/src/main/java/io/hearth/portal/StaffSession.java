package io.hearth.portal;

import java.util.List;
import java.util.Set;

/** The platform's view of the signed-in staff member ({@code GET /api/tenant/me}). */
public record StaffSession(String subject, String username, String name, String email, Set<String> roles,
        List<String> organizations) {
}
