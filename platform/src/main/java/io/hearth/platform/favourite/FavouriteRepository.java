package io.hearth.platform.favourite;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FavouriteRepository implements PanacheRepositoryBase<Favourite, UUID> {

    public List<Favourite> ofCustomer(UUID customerId) {
        return find("customerId", Sort.descending("createdAt"), customerId).list();
    }
}
