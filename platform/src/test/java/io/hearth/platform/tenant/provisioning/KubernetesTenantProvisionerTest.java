package io.hearth.platform.tenant.provisioning;

import static io.hearth.platform.tenant.provisioning.KubernetesProvisioningProfile.NAMESPACE;
import static io.hearth.platform.tenant.provisioning.Tenants.company;
import static io.hearth.platform.tenant.provisioning.Tenants.withBranding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.hearth.platform.tenant.ProvisionedTenant;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(KubernetesProvisioningProfile.class)
@WithKubernetesTestServer(crud = true)
@WithTestResource(OidcWiremockTestResource.class)
class KubernetesTenantProvisionerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @KubernetesTestServer
    KubernetesServer mockServer;

    @Inject
    TenantProvisioner provisioner;

    KubernetesClient cluster;

    @BeforeEach
    void connect() throws InterruptedException {
        cluster = mockServer.getClient();
        drainRequests();
    }

    @Test
    void reconcileCreatesTheBrandingConfigMapAndTheH5Ingress() throws Exception {
        ProvisionedTenant tenant = company(slug(), "Sparkle Home 洁家家政", "sparkle.h5.hearth.test");

        provisioner.reconcile(tenant);

        ConfigMap branding = configMap(tenant);
        assertNotNull(branding, "branding ConfigMap");
        assertEquals(expectedLabels(tenant), branding.getMetadata().getLabels());
        Map<String, String> data = branding.getData();
        assertEquals("Sparkle Home 洁家家政", data.get("displayName"));
        assertEquals("#0a7cff", data.get("primaryColor"));
        assertEquals("wx" + tenant.slug(), data.get("miniProgramAppId"));
        assertEquals("sparkle.h5.hearth.test", data.get("h5Host"));
        assertEquals("zh-CN", data.get("defaultLocale"));
        assertEquals("Asia/Shanghai", data.get("timeZone"));
        assertEquals("COMPANY", data.get("type"));
        JsonNode json = JSON.readTree(data.get("branding.json"));
        assertEquals("Sparkle Home 洁家家政", json.path("displayName").asText());
        assertEquals(tenant.id().toString(), json.path("tenantId").asText());
        assertEquals("https://cdn.hearth.test/" + tenant.slug() + ".png", json.path("logoUrl").asText());

        Ingress h5 = ingress(tenant);
        assertNotNull(h5, "H5 Ingress");
        assertEquals(expectedLabels(tenant), h5.getMetadata().getLabels());
        assertEquals("nginx", h5.getSpec().getIngressClassName());
        assertEquals("sparkle.h5.hearth.test", h5.getSpec().getRules().get(0).getHost());
        IngressBackend backend = h5.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend();
        assertEquals("hearth-h5", backend.getService().getName());
        assertEquals(8080, backend.getService().getPort().getNumber());
        assertEquals(List.of("sparkle.h5.hearth.test"), h5.getSpec().getTls().get(0).getHosts());
        assertEquals("tenant-" + tenant.slug() + "-h5-tls", h5.getSpec().getTls().get(0).getSecretName());
    }

    @Test
    void reconcilingUnchangedDataWritesNothing() throws InterruptedException {
        ProvisionedTenant tenant = company(slug(), "Clean Co", "clean.h5.hearth.test");
        provisioner.reconcile(tenant);
        String configMapVersion = configMap(tenant).getMetadata().getResourceVersion();
        String ingressVersion = ingress(tenant).getMetadata().getResourceVersion();
        drainRequests();

        provisioner.reconcile(tenant);

        List<String> requests = drainRequests();
        assertTrue(requests.stream().anyMatch(r -> r.startsWith("GET ")), "the cluster was read: " + requests);
        List<String> writes = requests.stream().filter(r -> !r.startsWith("GET ")).toList();
        assertEquals(List.of(), writes, "a second reconcile with the same data must only read");
        assertEquals(configMapVersion, configMap(tenant).getMetadata().getResourceVersion());
        assertEquals(ingressVersion, ingress(tenant).getMetadata().getResourceVersion());
    }

    @Test
    void brandingChangeUpdatesTheConfigMapAndTheIngressHost() {
        ProvisionedTenant tenant = company(slug(), "Old Name", "old.h5.hearth.test");
        provisioner.reconcile(tenant);
        String configMapVersion = configMap(tenant).getMetadata().getResourceVersion();

        provisioner.reconcile(withBranding(tenant, "New Name", "new.h5.hearth.test"));

        ConfigMap branding = configMap(tenant);
        assertNotEquals(configMapVersion, branding.getMetadata().getResourceVersion());
        assertEquals("New Name", branding.getData().get("displayName"));
        assertTrue(branding.getData().get("branding.json").contains("\"New Name\""));
        Ingress h5 = ingress(tenant);
        assertEquals("new.h5.hearth.test", h5.getSpec().getRules().get(0).getHost());
        assertEquals(List.of("new.h5.hearth.test"), h5.getSpec().getTls().get(0).getHosts());
    }

    @Test
    void removingTheH5HostDeletesTheIngressAndTheKey() {
        ProvisionedTenant tenant = company(slug(), "Home Care", "care.h5.hearth.test");
        provisioner.reconcile(tenant);

        provisioner.reconcile(withBranding(tenant, "Home Care", null));

        assertNull(ingress(tenant));
        assertNotNull(configMap(tenant));
        assertNull(configMap(tenant).getData().get("h5Host"));
    }

    @Test
    void aTenantWithoutH5HostGetsNoIngress() {
        ProvisionedTenant tenant = company(slug(), "Mini Program Only", " ");

        provisioner.reconcile(tenant);

        assertNotNull(configMap(tenant));
        assertNull(ingress(tenant));
    }

    @Test
    void removeDeletesEverythingAndToleratesNothingLeft() {
        ProvisionedTenant tenant = company(slug(), "Closing Co", "closing.h5.hearth.test");
        provisioner.reconcile(tenant);

        provisioner.remove(tenant);

        assertNull(configMap(tenant));
        assertNull(ingress(tenant));
        provisioner.remove(tenant);
    }

    @Test
    void anotherTenantsResourcesAreLeftAlone() {
        ProvisionedTenant a = company(slug(), "Tenant A", "a.h5.hearth.test");
        ProvisionedTenant b = company(slug(), "Tenant B", "b.h5.hearth.test");
        provisioner.reconcile(a);
        String aConfigMap = configMap(a).getMetadata().getResourceVersion();
        String aIngress = ingress(a).getMetadata().getResourceVersion();

        provisioner.reconcile(b);
        provisioner.reconcile(withBranding(b, "Tenant B renamed", null));
        provisioner.remove(b);

        assertEquals(aConfigMap, configMap(a).getMetadata().getResourceVersion());
        assertEquals(aIngress, ingress(a).getMetadata().getResourceVersion());
        assertEquals("Tenant A", configMap(a).getData().get("displayName"));
    }

    @Test
    void whatOthersAddedToTheResourcesIsKept() {
        ProvisionedTenant tenant = company(slug(), "Annotated", "annotated.h5.hearth.test");
        provisioner.reconcile(tenant);
        cluster.network().v1().ingresses().inNamespace(NAMESPACE).withName(ingressName(tenant))
                .edit(i -> {
                    i.getMetadata().setAnnotations(Map.of("cert-manager.io/cluster-issuer", "letsencrypt"));
                    return i;
                });

        provisioner.reconcile(withBranding(tenant, "Annotated", "renamed.h5.hearth.test"));

        Ingress h5 = ingress(tenant);
        assertEquals("renamed.h5.hearth.test", h5.getSpec().getRules().get(0).getHost());
        assertEquals("letsencrypt", h5.getMetadata().getAnnotations().get("cert-manager.io/cluster-issuer"));
    }

    @Test
    void aSlugStillHeldByAnotherTenantIsNotTakenOver() {
        ProvisionedTenant previous = company(slug(), "Previous Holder", null);
        provisioner.reconcile(previous);
        ProvisionedTenant newcomer = new ProvisionedTenant(UUID.randomUUID(), previous.slug(), previous.type(),
                previous.branding(), previous.defaultLocale(), previous.timeZone());

        assertThrows(IllegalStateException.class, () -> provisioner.reconcile(newcomer));

        assertEquals(previous.id().toString(), configMap(previous).getMetadata().getLabels().get("hearth.io/tenant-id"));
    }

    @Test
    void anUnlabelledResourceOfTheSameNameIsAdopted() {
        ProvisionedTenant tenant = company(slug(), "Hand Made", null);
        cluster.configMaps().inNamespace(NAMESPACE).resource(new ConfigMapBuilder()
                .withNewMetadata().withName("tenant-" + tenant.slug() + "-branding").addToLabels("team", "ops").endMetadata()
                .addToData("displayName", "typed by hand").build()).create();

        provisioner.reconcile(tenant);

        ConfigMap branding = configMap(tenant);
        assertEquals("Hand Made", branding.getData().get("displayName"));
        assertEquals("ops", branding.getMetadata().getLabels().get("team"));
        assertEquals(tenant.id().toString(), branding.getMetadata().getLabels().get("hearth.io/tenant-id"));
    }

    private static String slug() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, String> expectedLabels(ProvisionedTenant tenant) {
        return Map.of("app.kubernetes.io/managed-by", "hearth", "hearth.io/tenant-id", tenant.id().toString(),
                "hearth.io/tenant-slug", tenant.slug());
    }

    private static String ingressName(ProvisionedTenant tenant) {
        return "tenant-" + tenant.slug() + "-h5";
    }

    private ConfigMap configMap(ProvisionedTenant tenant) {
        return cluster.configMaps().inNamespace(NAMESPACE).withName("tenant-" + tenant.slug() + "-branding").get();
    }

    private Ingress ingress(ProvisionedTenant tenant) {
        return cluster.network().v1().ingresses().inNamespace(NAMESPACE).withName(ingressName(tenant)).get();
    }

    /** The requests the mock server received since the last call, as "METHOD path". */
    private List<String> drainRequests() throws InterruptedException {
        List<String> requests = new ArrayList<>();
        RecordedRequest request;
        while ((request = mockServer.getKubernetesMockServer().takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
            requests.add(request.getMethod() + " " + request.getPath());
        }
        return requests;
    }
}
