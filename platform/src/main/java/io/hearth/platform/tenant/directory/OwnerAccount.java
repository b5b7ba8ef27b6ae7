package io.hearth.platform.tenant.directory;

public record OwnerAccount(String userId, String username, boolean created, String temporaryPassword) {
}
