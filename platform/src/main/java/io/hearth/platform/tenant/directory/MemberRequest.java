package io.hearth.platform.tenant.directory;

import java.util.Set;

/** A new staff account of a tenant: the owner's invitation. {@code roles} are tenant roles only. */
public record MemberRequest(String username, String email, String firstName, String lastName, Set<String> roles) {
}
