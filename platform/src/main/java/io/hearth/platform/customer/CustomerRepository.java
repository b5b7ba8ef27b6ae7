package io.hearth.platform.customer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped: every query is filtered by Hibernate's tenant discriminator. */
@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    public Optional<Customer> byId(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public Optional<Customer> byPhoneHash(String phoneHash) {
        return find("phoneHash", phoneHash).firstResultOptional();
    }

    public Optional<Customer> byWechatOpenid(String openid) {
        return find("wechatOpenid", openid).firstResultOptional();
    }
}
