package io.hearth.platform.tenant.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** By default (hearth.provisioning.kubernetes.enabled unset) a cluster is there but never used. */
@QuarkusTest
@TestProfile(ProvisioningDisabledTest.RealProvisioner.class)
@WithKubernetesTestServer(crud = true)
@WithTestResource(OidcWiremockTestResource.class)
class ProvisioningDisabledTest {

    /** The producer's choice, not the suite's recording provisioner. */
    public static class RealProvisioner implements QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("hearth.testing.provisioner", "real");
        }
    }

    @KubernetesTestServer
    KubernetesServer mockServer;

    @Inject
    TenantProvisioner provisioner;

    @Test
    void nothingIsWrittenOrEvenRead() throws InterruptedException {
        provisioner.reconcile(Tenants.company("quiet", "Quiet Co", "quiet.h5.hearth.test"));
        provisioner.remove(Tenants.company("quiet", "Quiet Co", "quiet.h5.hearth.test"));

        RecordedRequest request = mockServer.getKubernetesMockServer().takeRequest(100, TimeUnit.MILLISECONDS);
        assertEquals(null, request == null ? null : request.getMethod() + " " + request.getPath());
        KubernetesClient cluster = mockServer.getClient();
        assertEquals(List.of(), cluster.configMaps().inAnyNamespace().list().getItems());
        assertEquals(List.of(), cluster.network().v1().ingresses().inAnyNamespace().list().getItems());
    }
}
