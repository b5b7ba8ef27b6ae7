package io.hearth.platform.testing;

import io.hearth.platform.tenant.ProvisionedTenant;
import io.hearth.platform.tenant.provisioning.TenantProvisioner;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the tenant service asked the cluster to do. */
@Mock
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
