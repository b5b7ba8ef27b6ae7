package io.hearth.platform.tenant.staff;

import io.hearth.platform.plan.PlanService;
import io.hearth.platform.shared.audit.PlatformAuditLog;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.Tenant;
import io.hearth.platform.tenant.TenantRepository;
import io.hearth.platform.tenant.directory.CreatedMember;
import io.hearth.platform.tenant.directory.MemberRequest;
import io.hearth.platform.tenant.directory.StaffMember;
import io.hearth.platform.tenant.directory.TenantDirectory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The owner's management of the tenant's staff accounts. The accounts are in the directory; what the platform adds
 * is the plan's limit, the guard rails of {@link StaffRules} and an audit entry per change.
 *
 * <p>Changes of one tenant's staff are serialised by a transaction-scoped advisory lock held around the directory
 * call, so two owners acting at once cannot both disable "another" owner, nor two invitations both take the last
 * seat of the plan. The audit entry commits with that transaction, after the directory accepted the change.
 */
@ApplicationScoped
public class StaffAccounts {

    @Inject
    TenantDirectory directory;

    @Inject
    TenantRepository tenants;

    @Inject
    PlanService plans;

    @Inject
    PlatformAuditLog audit;

    @Inject
    EntityManager em;

    public StaffDto.Staff list(UUID tenantId, String q) {
        Tenant tenant = tenant(tenantId);
        List<StaffMember> all = directory.members(organization(tenant));
        String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        List<StaffDto.Account> items = all.stream()
                .filter(m -> needle == null || matches(m, needle))
                .sorted(Comparator.comparing((StaffMember m) -> m.username().toLowerCase(Locale.ROOT)))
                .map(StaffDto.Account::of).toList();
        return new StaffDto.Staff(items, StaffRules.enabled(all), maxStaffAccounts(tenant));
    }

    public StaffDto.Account get(UUID tenantId, String memberId) {
        return StaffDto.Account.of(directory.member(organization(tenant(tenantId)), memberId));
    }

    public StaffDto.Invited invite(UUID tenantId, StaffDto.Invite in) {
        Set<String> roles = StaffRules.tenantRoles(in.roles());
        return locked(tenantId, tenant -> {
            String org = organization(tenant);
            StaffRules.seatFree(directory.members(org), maxStaffAccounts(tenant));
            CreatedMember created = directory.createMember(org, new MemberRequest(in.username(), in.email().strip(),
                    in.firstName().strip(), in.lastName() == null || in.lastName().isBlank() ? null : in.lastName().strip(),
                    roles));
            audit.record("staff.invite", "staff-account", created.member().id(), null,
                    StaffDto.Audited.of(tenantId, created.member()));
            return new StaffDto.Invited(StaffDto.Account.of(created.member()), created.temporaryPassword());
        });
    }

    public StaffDto.Account setRoles(UUID tenantId, String memberId, Set<String> wanted) {
        Set<String> roles = StaffRules.tenantRoles(wanted);
        return locked(tenantId, tenant -> {
            String org = organization(tenant);
            StaffMember before = directory.member(org, memberId);
            if (StaffRules.takesAwayAnOwner(before, before.enabled(), roles)) {
                StaffRules.keepAnOwner(before, directory.members(org));
            }
            StaffMember after = directory.setMemberRoles(org, memberId, roles);
            audit.record("staff.set-roles", "staff-account", memberId, StaffDto.Audited.of(tenantId, before),
                    StaffDto.Audited.of(tenantId, after));
            return StaffDto.Account.of(after);
        });
    }

    /** @param callerId the signed-in owner's user id (token subject): nobody disables their own account */
    public StaffDto.Account disable(UUID tenantId, String memberId, String callerId) {
        return locked(tenantId, tenant -> {
            String org = organization(tenant);
            StaffMember before = directory.member(org, memberId);
            StaffRules.notSelf(callerId, before);
            if (StaffRules.takesAwayAnOwner(before, false, Set.copyOf(before.roles()))) {
                StaffRules.keepAnOwner(before, directory.members(org));
            }
            StaffMember after = directory.setMemberEnabled(org, memberId, false);
            audit.record("staff.disable", "staff-account", memberId, StaffDto.Audited.of(tenantId, before),
                    StaffDto.Audited.of(tenantId, after));
            return StaffDto.Account.of(after);
        });
    }

    public StaffDto.Account enable(UUID tenantId, String memberId) {
        return locked(tenantId, tenant -> {
            String org = organization(tenant);
            StaffMember before = directory.member(org, memberId);
            if (!before.enabled()) {
                StaffRules.seatFree(directory.members(org), maxStaffAccounts(tenant));
            }
            StaffMember after = directory.setMemberEnabled(org, memberId, true);
            audit.record("staff.enable", "staff-account", memberId, StaffDto.Audited.of(tenantId, before),
                    StaffDto.Audited.of(tenantId, after));
            return StaffDto.Account.of(after);
        });
    }

    public StaffDto.PasswordReset resetPassword(UUID tenantId, String memberId) {
        return locked(tenantId, tenant -> {
            String org = organization(tenant);
            StaffMember member = directory.member(org, memberId);
            String password = directory.resetMemberPassword(org, memberId);
            audit.record("staff.reset-password", "staff-account", memberId, null,
                    new StaffDto.AuditedReset(tenantId, member.username(), true));
            return new StaffDto.PasswordReset(StaffDto.Account.of(member), password);
        });
    }

    private <T> T locked(UUID tenantId, java.util.function.Function<Tenant, T> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:k, 0))")
                    .setParameter("k", "staff:" + tenantId).getSingleResult();
            return change.apply(tenant(tenantId));
        });
    }

    private Tenant tenant(UUID tenantId) {
        return inTransaction(() -> tenants.findByIdOptional(tenantId)
                .orElseThrow(() -> ApiException.notFound("Tenant", tenantId)));
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }

    private static String organization(Tenant tenant) {
        if (tenant.keycloakOrgId == null) { // an ACTIVE tenant always has one; a half-provisioned one is not ready
            throw new ApiException(403, "tenant-not-ready", tenant.slug);
        }
        return tenant.keycloakOrgId;
    }

    private Integer maxStaffAccounts(Tenant tenant) {
        return tenant.planId == null ? null : plans.get(tenant.planId).maxStaffAccounts();
    }

    private static boolean matches(StaffMember m, String needle) {
        return contains(m.username(), needle) || contains(m.email(), needle) || contains(m.firstName(), needle)
                || contains(m.lastName(), needle)
                || contains((nz(m.firstName()) + " " + nz(m.lastName())).strip(), needle)
                || contains(nz(m.lastName()) + nz(m.firstName()), needle); // 王芳 as written in Chinese
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
