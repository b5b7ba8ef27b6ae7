package io.hearth.platform.tenant.provisioning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** {@code hearth.provisioning.*}: where and how tenant resources are created (see application.properties). */
@ConfigMapping(prefix = "hearth.provisioning")
public interface ProvisioningConfig {

    Kubernetes kubernetes();

    /** Namespace of the tenant resources; empty: the namespace the Kubernetes client is configured for. */
    Optional<String> namespace();

    /** Service that serves the tenants' H5 pages; every tenant Ingress routes to it. */
    @WithDefault("hearth-h5")
    String h5Service();

    /** Port of that Service: a number or a port name. */
    @WithDefault("80")
    String h5ServicePort();

    Optional<String> ingressClassName();

    /** Name of the TLS Secret of a tenant Ingress, {@code {slug}} replaced; empty: no TLS section. */
    Optional<String> h5TlsSecretPattern();

    interface Kubernetes {

        @WithDefault("false")
        boolean enabled();
    }
}
