package io.hearth.platform.identity;

import java.util.List;
import java.util.Set;

/** Who the caller is, as the verified token says. */
public record StaffSession(String subject, String username, String name, String email, Set<String> roles,
        List<String> organizations) {
}
