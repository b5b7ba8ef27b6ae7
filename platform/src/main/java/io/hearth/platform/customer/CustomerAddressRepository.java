package io.hearth.platform.customer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CustomerAddressRepository implements PanacheRepositoryBase<CustomerAddress, UUID> {
}
