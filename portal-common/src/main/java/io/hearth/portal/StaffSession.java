package io.hearth.portal;

import java.util.List;
import java.util.Set;

/** The platform's view of the signed-in staff member and their tenant ({@code GET /api/tenant/me}). */
public record StaffSession(Staff staff, Tenant tenant) {

    public record Staff(String subject, String username, String name, String email, Set<String> roles,
            List<String> organizations) {
    }

    public record Tenant(String id, String slug, String type, String status, String defaultLocale, String timeZone) {
    }
}
