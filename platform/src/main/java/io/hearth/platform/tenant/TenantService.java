package io.hearth.platform.tenant;

import io.hearth.platform.events.Outbox;
import io.hearth.platform.file.Purpose;
import io.hearth.platform.file.StoredFiles;
import io.hearth.platform.file.Visibility;
import io.hearth.platform.plan.Plan;
import io.hearth.platform.plan.PlanService;
import io.hearth.platform.shared.audit.PlatformAuditLog;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantLookup;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.directory.OwnerAccount;
import io.hearth.platform.tenant.directory.OwnerRequest;
import io.hearth.platform.tenant.directory.TenantDirectory;
import io.hearth.platform.tenant.provisioning.TenantProvisioner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The tenant lifecycle. Database changes and their audit entries commit together; the calls to
 * Keycloak and Kubernetes happen outside the transaction and are idempotent, so a failed call is
 * repaired by repeating the action (a tenant stuck in PROVISIONING is finished by {@link #activate}).
 */
@ApplicationScoped
public class TenantService {

    private static final Logger LOG = Logger.getLogger(TenantService.class);

    @Inject
    Outbox outbox;

    @Inject
    TenantRepository tenants;

    @Inject
    PlanService plans;

    @Inject
    PlatformAuditLog audit;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantLookup lookup;

    @Inject
    FieldCipher cipher;

    @Inject
    StoredFiles files;

    public TenantDto.Created create(TenantDto.Create in) {
        TenantRules.checkLocaleAndZone(in.defaultLocale(), in.timeZone());
        TenantRules.checkCities(in.type(), in.cityCodes(), in.serviceArea());
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            checkUnique(null, in.slug(), in.miniProgramAppId(), in.h5Host());
            Tenant t = new Tenant();
            t.id = UUID.randomUUID();
            t.slug = in.slug();
            t.type = in.type();
            t.status = TenantStatus.PROVISIONING;
            t.displayName = in.displayName();
            t.logoUrl = in.logoUrl();
            t.primaryColor = in.primaryColor() == null ? null : in.primaryColor().toLowerCase(Locale.ROOT);
            t.miniProgramAppId = in.miniProgramAppId();
            t.h5Host = in.h5Host();
            t.defaultLocale = in.defaultLocale();
            t.timeZone = in.timeZone();
            t.cityCodes = new ArrayList<>(in.cityCodes());
            t.serviceArea = in.serviceArea();
            t.planId = in.planId() == null ? null : activePlan(in.planId()).id;
            t.settings = in.settings() == null ? TenantSettings.defaults() : in.settings();
            t.createdAt = t.updatedAt = Instant.now();
            tenants.persist(t);
            audit.record("tenant.create", "tenant", t.id, null, TenantDto.View.of(t));
            return t.id;
        });
        OwnerAccount owner = finishProvisioning(id, in.owner());
        return new TenantDto.Created(get(id), owner);
    }

    public TenantDto.View get(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> TenantDto.View.of(require(id)));
    }

    public TenantDto.Page<TenantDto.View> list(TenantStatus status, TenantType type, String q, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<String> where = new ArrayList<>();
            Parameters p = new Parameters();
            if (status != null) {
                where.add("status = :status");
                p.and("status", status);
            }
            if (type != null) {
                where.add("type = :type");
                p.and("type", type);
            }
            if (q != null && !q.isBlank()) {
                where.add("(lower(slug) like :q or lower(displayName) like :q)");
                p.and("q", "%" + q.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
            }
            var query = where.isEmpty() ? tenants.findAll(Sort.descending("createdAt").and("slug"))
                    : tenants.find(String.join(" and ", where), Sort.descending("createdAt").and("slug"), p);
            List<TenantDto.View> items = query.page(page, size).list().stream().map(TenantDto.View::of).toList();
            return new TenantDto.Page<>(items, page, size, query.count());
        });
    }

    /** The super-admin's change. The tenant's uploaded logo and service phone are its own and stay as they are. */
    public TenantDto.View updateBranding(UUID id, TenantDto.BrandingUpdate in) {
        TenantRules.checkLocaleAndZone(in.defaultLocale(), in.timeZone());
        return TenantDto.View.of(rebrand(id, t -> {
            checkUnique(t.id, t.slug, in.miniProgramAppId(), in.h5Host());
            t.displayName = in.displayName();
            t.logoUrl = in.logoUrl();
            t.primaryColor = in.primaryColor() == null ? null : in.primaryColor().toLowerCase(Locale.ROOT);
            t.miniProgramAppId = in.miniProgramAppId();
            t.h5Host = in.h5Host();
            t.defaultLocale = in.defaultLocale();
            t.timeZone = in.timeZone();
        }));
    }

    /** The branding as the tenant itself edits it, with the version to send back. */
    public BrandingSettings.View branding(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> BrandingSettings.View.of(require(id)));
    }

    /**
     * The tenant's own change (Settings → Branding): the super-admin's path ({@link #rebrand}: audited, the tenant
     * lookup evicted, cluster resources reconciled) for the fields a tenant may change. Bad fields → 422
     * {@code branding-invalid} with a message per field; a stale {@code version} → 409. A new or removed logo file
     * replaces an external logo URL. Call it in the tenant's {@code TenantContext}: the logo is one of its files.
     */
    public BrandingSettings.View updateOwnBranding(UUID id, BrandingSettings.Change change) {
        BrandingSettings.Change in = change.normalized();
        Map<String, String> errors = new TreeMap<>(BrandingRules.check(in));
        if (in.logoFileId() != null && !isLogo(id, in.logoFileId())) {
            errors.put("logoFileId", "branding-logo-unusable");
        }
        if (!errors.isEmpty()) {
            throw new ApiException(422, "branding-invalid", errors);
        }
        return BrandingSettings.View.of(rebrand(id, t -> {
            if (t.version != in.version()) {
                throw ApiException.conflict("concurrent-modification");
            }
            checkUnique(t.id, t.slug, in.miniProgramAppId(), null);
            t.displayName = in.displayName();
            t.primaryColor = in.primaryColor();
            if (!Objects.equals(t.logoFileId, in.logoFileId())) {
                t.logoFileId = in.logoFileId();
                t.logoUrl = null;
            }
            t.miniProgramAppId = in.miniProgramAppId();
            t.servicePhone = in.servicePhone();
        }));
    }

    /** A public TENANT_LOGO file of this tenant (another tenant's file is not found in its context). */
    private boolean isLogo(UUID tenantId, UUID fileId) {
        return TenantContext.call(tenantId, () -> files.find(fileId))
                .filter(f -> f.purpose() == Purpose.TENANT_LOGO && f.visibility() == Visibility.PUBLIC)
                .isPresent();
    }

    /** Every branding change: audited with the tenant's view before and after, then the cluster resources. */
    private Tenant rebrand(UUID id, java.util.function.Consumer<Tenant> mutation) {
        Tenant changed = change(id, "tenant.update-branding", mutation);
        if (changed.status == TenantStatus.ACTIVE) {
            reconcile(changed);
        }
        return changed;
    }

    public TenantDto.View updateSettings(UUID id, TenantSettings settings) {
        return TenantDto.View.of(change(id, "tenant.update-settings", t -> t.settings = settings));
    }

    /**
     * Changes part of the settings from the stored ones in one transaction (the tenant's {@code @Version} turns a
     * concurrent change into 409 instead of a lost update of the other parts).
     */
    public TenantSettings updateSettings(UUID id, java.util.function.UnaryOperator<TenantSettings> change) {
        return change(id, "tenant.update-settings",
                t -> t.settings = change.apply(t.settings == null ? TenantSettings.defaults() : t.settings)).settings;
    }

    public TenantDto.View changePlan(UUID id, UUID planId) {
        return TenantDto.View.of(change(id, "tenant.change-plan", t -> t.planId = activePlan(planId).id));
    }

    public record WeChatCredentials(String appId, String appSecret) {
    }

    /** Stores the mini program's AppSecret encrypted; the audit log records that it changed, not its value. */
    public TenantDto.View setWeChatSecret(UUID id, String appSecret) {
        return TenantDto.View.of(change(id, "tenant.set-wechat-secret", t -> {
            if (t.miniProgramAppId == null) {
                throw new ApiException(422, "wechat-app-id-missing", t.slug);
            }
            t.wechatAppSecretEnc = cipher.encrypt(appSecret);
        }));
    }

    public Optional<WeChatCredentials> weChatCredentials(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> tenants.findByIdOptional(id)
                .filter(t -> t.miniProgramAppId != null && t.wechatAppSecretEnc != null)
                .map(t -> new WeChatCredentials(t.miniProgramAppId, cipher.decrypt(t.wechatAppSecretEnc))));
    }

    public TenantDto.View suspend(UUID id, String reason) {
        return TenantDto.View.of(transition(id, TenantStatus.SUSPENDED, reason));
    }

    /** From SUSPENDED back to work, or finishes a tenant whose provisioning was interrupted. */
    public TenantDto.View activate(UUID id) {
        Tenant t = QuarkusTransaction.joiningExisting().call(() -> require(id));
        if (t.status == TenantStatus.PROVISIONING) {
            finishProvisioning(id, null);
            return get(id);
        }
        Tenant active = transition(id, TenantStatus.ACTIVE, null);
        reconcile(active);
        return TenantDto.View.of(active);
    }

    public TenantDto.View close(UUID id, String reason) {
        Tenant closed = transition(id, TenantStatus.CLOSED, reason);
        if (closed.keycloakOrgId != null) {
            directory.setOrganizationEnabled(closed.keycloakOrgId, false);
        }
        try {
            provisioner.remove(closed.provisioned());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Removing the cluster resources of closed tenant %s failed; remove them by hand", closed.slug);
        }
        return TenantDto.View.of(closed);
    }

    /** Keycloak organization and owner, then ACTIVE, then the cluster resources. Idempotent. */
    private OwnerAccount finishProvisioning(UUID id, TenantDto.Owner owner) {
        Tenant t = QuarkusTransaction.joiningExisting().call(() -> require(id));
        String orgId = directory.ensureOrganization(t.slug, t.displayName, null);
        OwnerAccount account = owner == null ? null
                : directory.ensureOwner(orgId, new OwnerRequest(owner.username(), owner.email(), owner.firstName(),
                        owner.lastName(), owner.phone()));
        Tenant active = change(id, "tenant.activate", x -> {
            TenantRules.checkTransition(x, TenantStatus.ACTIVE);
            x.keycloakOrgId = orgId;
            x.status = TenantStatus.ACTIVE;
            x.statusReason = null;
        });
        reconcile(active);
        return account;
    }

    private Tenant transition(UUID id, TenantStatus next, String reason) {
        String action = "tenant." + next.name().toLowerCase(Locale.ROOT);
        return change(id, action, t -> {
            TenantRules.checkTransition(t, next);
            t.status = next;
            t.statusReason = reason;
        });
    }

    private Tenant change(UUID id, String action, java.util.function.Consumer<Tenant> mutation) {
        Tenant changed = QuarkusTransaction.requiringNew().call(() -> {
            Tenant t = require(id);
            TenantDto.View before = TenantDto.View.of(t);
            TenantStatus statusBefore = t.status;
            mutation.accept(t);
            t.updatedAt = Instant.now();
            if (t.status != statusBefore) {
                java.util.Map<String, Object> e = new java.util.LinkedHashMap<>();
                e.put("tenantId", t.id);
                e.put("slug", t.slug);
                e.put("from", statusBefore.name());
                e.put("to", t.status.name());
                e.put("reason", t.statusReason);
                outbox.emit(t.id, "tenant." + lifecycleEvent(t.status), "tenant", t.id, e);
            }
            tenants.flush();
            audit.record(action, "tenant", t.id, before, TenantDto.View.of(t));
            return t;
        });
        lookup.evictAll();
        return changed;
    }

    private static String lifecycleEvent(TenantStatus to) {
        return switch (to) {
            case ACTIVE -> "activated";
            default -> to.name().toLowerCase(Locale.ROOT);
        };
    }

    private void reconcile(Tenant t) {
        try {
            provisioner.reconcile(t.provisioned());
        } catch (RuntimeException e) {
            // The tenant works without its cluster resources; the next branding change or activation retries.
            LOG.errorf(e, "Provisioning of tenant %s failed", t.slug);
        }
    }

    private Tenant require(UUID id) {
        return tenants.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Tenant", id));
    }

    private Plan activePlan(UUID planId) {
        Plan plan = plans.require(planId);
        if (!plan.active) {
            throw new ApiException(422, "plan-inactive", plan.code);
        }
        return plan;
    }

    private void checkUnique(UUID self, String slug, String appId, String h5Host) {
        if (self == null && tenants.count("slug", slug) > 0) {
            throw ApiException.conflict("tenant-slug-taken", slug);
        }
        if (appId != null && tenants.count("miniProgramAppId = ?1 and id <> ?2", appId, self == null ? NO_ID : self) > 0) {
            throw new ApiException(409, "tenant-app-id-taken",
                    Map.of("miniProgramAppId", "tenant-app-id-taken-field"), appId);
        }
        if (h5Host != null && tenants.count("h5Host = ?1 and id <> ?2", h5Host, self == null ? NO_ID : self) > 0) {
            throw ApiException.conflict("tenant-h5-host-taken", h5Host);
        }
    }

    private static final UUID NO_ID = new UUID(0, 0);
}
