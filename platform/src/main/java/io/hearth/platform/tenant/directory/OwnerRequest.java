package io.hearth.platform.tenant.directory;

public record OwnerRequest(String username, String email, String firstName, String lastName, String phone) {
}
