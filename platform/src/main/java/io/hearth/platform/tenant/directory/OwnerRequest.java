package io.hearth.platform.tenant.directory;

/** The first account of a tenant, as the super-admin enters it. */
public record OwnerRequest(String username, String email, String firstName, String lastName, String phone) {
}
