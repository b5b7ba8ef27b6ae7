package io.hearth.platform.tenant.directory;

/**
 * A staff account just created by {@link TenantDirectory#createMember}.
 *
 * @param temporaryPassword the one-time password to hand over; the member must change it at the first sign-in
 */
public record CreatedMember(StaffMember member, String temporaryPassword) {
}
