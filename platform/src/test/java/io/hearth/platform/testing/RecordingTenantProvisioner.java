package io.hearth.platform.testing;

import io.hearth.platform.tenant.ProvisionedTenant;
import io.hearth.platform.tenant.provisioning.TenantProvisioner;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records what the tenant service asked the cluster to do. Active in the suite through the build
 * property {@code hearth.testing.provisioner=recording} (test classpath config); the provisioning
 * tests set it to {@code real} to get the producer's Kubernetes or no-op provisioner.
 */
@Alternative
@Priority(1)
@IfBuildProperty(name = "hearth.testing.provisioner", stringValue = "recording")
@ApplicationScoped
public class RecordingTenantProvisioner implements TenantProvisioner {

    public record Call(String action, ProvisionedTenant tenant) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public List<Call> callsFor(String slug) {
        return calls.stream().filter(c -> c.tenant().slug().equals(slug)).toList();
    }

    @Override
    public void reconcile(ProvisionedTenant tenant) {
        calls.add(new Call("reconcile", tenant));
    }

    @Override
    public void remove(ProvisionedTenant tenant) {
        calls.add(new Call("remove", tenant));
    }
}
