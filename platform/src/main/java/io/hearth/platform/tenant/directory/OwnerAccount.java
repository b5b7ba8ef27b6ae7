package io.hearth.platform.tenant.directory;

/**
 * The owner account after {@link TenantDirectory#ensureOwner}.
 *
 * @param created true only when this call created the user
 * @param temporaryPassword the one-time password to hand to the owner; only when created now, else null
 */
public record OwnerAccount(String userId, String username, boolean created, String temporaryPassword) {
}
