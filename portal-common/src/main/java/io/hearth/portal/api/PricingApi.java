package io.hearth.portal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The platform's pricing DTOs ({@code /api/tenant/pricing}). The rules stay a JSON object: the portal edits some
 * parts and must send the others back unchanged (the PUT replaces the whole).
 */
public final class PricingApi {

    private PricingApi() {
    }

    public record Rules(ObjectNode rules, int version, Instant updatedAt) {
    }

    public record Holiday(LocalDate date, String name, Instant updatedAt) {
    }

    public record HolidayInput(String name) {
    }
}
