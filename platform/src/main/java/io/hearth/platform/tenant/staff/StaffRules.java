package io.hearth.platform.tenant.staff;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.directory.StaffMember;
import io.hearth.platform.tenant.directory.TenantRoles;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the owner may do to the staff accounts, as plain rules: only tenant roles, a company always keeps an enabled
 * owner, nobody disables their own account, and the plan caps the enabled accounts.
 */
final class StaffRules {

    private StaffRules() {
    }

    /** 422 naming the first role that is not a tenant role. */
    static Set<String> tenantRoles(Collection<String> roles) {
        Set<String> sorted = new TreeSet<>(roles);
        sorted.stream().filter(r -> !TenantRoles.isTenantRole(r)).findFirst().ifPresent(r -> {
            throw new ApiException(422, "staff-role-unknown", Map.of("roles", "staff-roles-allowed"), r,
                    String.join(", ", TenantRoles.ALL));
        });
        return Set.copyOf(roles);
    }

    /** Whether a change of {@code target} needs the other accounts to be checked (it takes away an enabled owner). */
    static boolean takesAwayAnOwner(StaffMember target, boolean enabledAfter, Set<String> rolesAfter) {
        return target.enabledOwner() && !(enabledAfter && rolesAfter.contains(Roles.OWNER));
    }

    /** 409 when {@code target} is the last enabled owner among {@code all}. */
    static void keepAnOwner(StaffMember target, List<StaffMember> all) {
        boolean another = all.stream().anyMatch(m -> m.enabledOwner() && !m.id().equals(target.id()));
        if (!another) {
            throw ApiException.conflict("staff-last-owner", target.username());
        }
    }

    static void notSelf(String callerId, StaffMember target) {
        if (target.id().equals(callerId)) {
            throw ApiException.conflict("staff-self-disable");
        }
    }

    /** 409 when one more enabled account would exceed the plan ({@code max} null: no plan, no limit). */
    static void seatFree(List<StaffMember> all, Integer max) {
        if (max != null && enabled(all) >= max) {
            throw ApiException.conflict("staff-limit-reached", String.valueOf(max)); // "1000", not "1,000"
        }
    }

    static int enabled(List<StaffMember> all) {
        return (int) all.stream().filter(StaffMember::enabled).count();
    }
}
