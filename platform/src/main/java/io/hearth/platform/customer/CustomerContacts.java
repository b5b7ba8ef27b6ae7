package io.hearth.platform.customer;

import io.hearth.platform.shared.crypto.Masking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** How staff lists show customers: nickname and masked phone, many at once (one query). Current tenant. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerContacts {

    /** {@code phone} is masked (last four digits only); either field may be null. */
    public record Contact(UUID customerId, String nickname, String phone) {
    }

    @Inject
    CustomerRepository customers;

    public Map<UUID, Contact> of(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return customers.list("id in ?1", customerIds).stream()
                .collect(Collectors.toMap(c -> c.id, c -> new Contact(c.id, c.nickname, Masking.phoneFromLast4(c.phoneLast4))));
    }
}
