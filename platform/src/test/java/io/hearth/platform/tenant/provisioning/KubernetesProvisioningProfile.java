package io.hearth.platform.tenant.provisioning;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Provisioning on, against the fabric8 mock server, with every optional Ingress setting given. */
public class KubernetesProvisioningProfile implements QuarkusTestProfile {

    static final String NAMESPACE = "tenants";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "hearth.testing.provisioner", "real",
                "hearth.provisioning.kubernetes.enabled", "true",
                "hearth.provisioning.namespace", NAMESPACE,
                "hearth.provisioning.h5-service", "hearth-h5",
                "hearth.provisioning.h5-service-port", "8080",
                "hearth.provisioning.ingress-class-name", "nginx",
                "hearth.provisioning.h5-tls-secret-pattern", "tenant-{slug}-h5-tls");
    }
}
