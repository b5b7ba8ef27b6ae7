package io.hearth.platform.tenant.provisioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpec;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpecBuilder;
import io.hearth.platform.tenant.ProvisionedTenant;
import io.hearth.platform.tenant.TenantBranding;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The desired Kubernetes resources of a tenant, built from its data alone (no cluster access). */
final class TenantManifests {

    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    static final String MANAGER = "hearth";
    static final String TENANT_ID = "hearth.io/tenant-id";
    static final String TENANT_SLUG = "hearth.io/tenant-slug";
    static final String BRANDING_JSON = "branding.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProvisioningConfig config;

    TenantManifests(ProvisioningConfig config) {
        this.config = config;
    }

    static String brandingName(String slug) {
        return "tenant-" + slug + "-branding";
    }

    static String h5IngressName(String slug) {
        return "tenant-" + slug + "-h5";
    }

    /** Labels that mark a resource as this tenant's; the selector for finding and removing them. */
    static Map<String, String> labels(ProvisionedTenant tenant) {
        return Map.of(MANAGED_BY, MANAGER, TENANT_ID, tenant.id().toString(), TENANT_SLUG, tenant.slug());
    }

    static Map<String, String> ownerSelector(ProvisionedTenant tenant) {
        return Map.of(MANAGED_BY, MANAGER, TENANT_ID, tenant.id().toString());
    }

    ConfigMap branding(ProvisionedTenant tenant) {
        Map<String, String> data = brandingData(tenant);
        Map<String, String> withJson = new LinkedHashMap<>(data);
        withJson.put(BRANDING_JSON, json(data));
        return new ConfigMapBuilder()
                .withNewMetadata().withName(brandingName(tenant.slug())).withLabels(labels(tenant)).endMetadata()
                .withData(withJson)
                .build();
    }

    Optional<Ingress> h5Ingress(ProvisionedTenant tenant) {
        String host = tenant.branding() == null ? null : blankToNull(tenant.branding().h5Host());
        if (host == null) {
            return Optional.empty();
        }
        return Optional.of(new IngressBuilder()
                .withNewMetadata().withName(h5IngressName(tenant.slug())).withLabels(labels(tenant)).endMetadata()
                .withSpec(h5Spec(tenant.slug(), host))
                .build());
    }

    private IngressSpec h5Spec(String slug, String host) {
        String port = config.h5ServicePort();
        IngressSpecBuilder spec = new IngressSpecBuilder()
                .withIngressClassName(config.ingressClassName().orElse(null))
                .addNewRule().withHost(host).withNewHttp().addNewPath().withPath("/").withPathType("Prefix")
                .withNewBackend().withNewService().withName(config.h5Service())
                .withNewPort().withNumber(port.matches("\\d+") ? Integer.valueOf(port) : null)
                .withName(port.matches("\\d+") ? null : port).endPort()
                .endService().endBackend().endPath().endHttp().endRule();
        config.h5TlsSecretPattern().ifPresent(pattern -> spec.addNewTl()
                .withHosts(host).withSecretName(pattern.replace("{slug}", slug)).endTl());
        return spec.build();
    }

    /** Only non-empty values: a ConfigMap cannot hold nulls, and an absent key reads as "not set". */
    private static Map<String, String> brandingData(ProvisionedTenant tenant) {
        TenantBranding b = tenant.branding() == null ? new TenantBranding(null, null, null, null, null) : tenant.branding();
        Map<String, String> data = new LinkedHashMap<>();
        put(data, "tenantId", tenant.id().toString());
        put(data, "slug", tenant.slug());
        put(data, "type", tenant.type() == null ? null : tenant.type().name());
        put(data, "displayName", b.displayName());
        put(data, "logoUrl", b.logoUrl());
        put(data, "logoSrc", b.logoSrc());
        put(data, "primaryColor", b.primaryColor());
        put(data, "miniProgramAppId", b.miniProgramAppId());
        put(data, "h5Host", b.h5Host());
        put(data, "servicePhone", b.servicePhone());
        put(data, "defaultLocale", tenant.defaultLocale());
        put(data, "timeZone", tenant.timeZone());
        return data;
    }

    private static void put(Map<String, String> data, String key, String value) {
        if (blankToNull(value) != null) {
            data.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String json(Map<String, String> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write branding JSON", e);
        }
    }
}
