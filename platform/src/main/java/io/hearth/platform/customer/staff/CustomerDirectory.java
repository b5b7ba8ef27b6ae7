package io.hearth.platform.customer.staff;

import io.hearth.platform.customer.Customer;
import io.hearth.platform.customer.CustomerRepository;
import io.hearth.platform.order.CustomerOrderStats;
import io.hearth.platform.shared.PhoneNumbers;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.crypto.Masking;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.shared.web.TimeIdCursor;
import io.hearth.platform.tenant.TenantSettingsLookup;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's customers for staff: newest registrations first in keyset pages of (created_at, id), never an
 * offset, so pages stay stable while customers sign up; phones masked; order stats of the page in one query.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerDirectory {

    public static final int MAX_LIMIT = 100;
    static final String LEVEL_CODE = "[A-Za-z0-9][A-Za-z0-9_-]{0,29}";

    /** {@code q}: see {@link CustomerSearch}; dates are the tenant's calendar days of registration, both included. */
    public record Filter(String q, String memberLevel, LocalDate registeredFrom, LocalDate registeredTo) {
    }

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerOrderStats orderStats;

    @Inject
    FieldCipher cipher;

    @Inject
    TenantSettingsLookup tenantSettings;

    public StaffCustomerDto.Page list(Filter f, String cursor, int limit) {
        TimeIdCursor after = TimeIdCursor.decode(cursor, "customer-cursor-invalid");
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        CustomerSearch search = CustomerSearch.of(f.q());
        if (search != null) {
            switch (search.kind()) {
                case PHONE -> {
                    clauses.add("phoneHash = :phoneHash");
                    params.and("phoneHash", cipher.blindIndex(search.value()));
                }
                case LAST4 -> {
                    clauses.add("phoneLast4 = :last4");
                    params.and("last4", search.value());
                }
                case NICKNAME -> {
                    clauses.add("lower(nickname) like :nickname escape '!'");
                    params.and("nickname", search.likePattern());
                }
            }
        }
        if (f.memberLevel() != null && !f.memberLevel().isBlank()) {
            String level = f.memberLevel().strip();
            if (!level.matches(LEVEL_CODE)) {
                throw new ApiException(400, "customer-filter-invalid", "memberLevel", level);
            }
            clauses.add("memberLevel = :level");
            params.and("level", level);
        }
        if (f.registeredFrom() != null && f.registeredTo() != null && f.registeredTo().isBefore(f.registeredFrom())) {
            throw ApiException.unprocessable("customer-date-range-reversed", f.registeredFrom(), f.registeredTo());
        }
        ZoneId zone = f.registeredFrom() == null && f.registeredTo() == null ? null
                : tenantSettings.of(TenantContext.require()).zone();
        if (f.registeredFrom() != null) {
            clauses.add("createdAt >= :fromAt");
            params.and("fromAt", f.registeredFrom().atStartOfDay(zone).toInstant());
        }
        if (f.registeredTo() != null) {
            clauses.add("createdAt < :toAt");
            params.and("toAt", f.registeredTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (after != null) {
            // The first condition is implied by the second; it lets the index scan start at the cursor instead of
            // filtering every newer row of the tenant (EXPLAIN on 5,000 customers: 0.1 ms instead of 0.8 ms deep in).
            clauses.add("createdAt <= :cursorAt");
            clauses.add("(createdAt < :cursorAt or (createdAt = :cursorAt and id < :cursorId))");
            params.and("cursorAt", after.at()).and("cursorId", after.id());
        }
        Sort newestFirst = Sort.by("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        var query = clauses.isEmpty() ? customers.findAll(newestFirst)
                : customers.find(String.join(" and ", clauses), newestFirst, params);
        List<Customer> rows = query.range(0, limit).list(); // limit + 1 rows: is there a next page?
        List<Customer> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = null;
        if (rows.size() > limit) {
            Customer last = shown.get(shown.size() - 1);
            next = new TimeIdCursor(last.createdAt, last.id).encode();
        }
        Map<UUID, CustomerOrderStats.Stats> stats = orderStats.of(shown.stream().map(c -> c.id).toList());
        List<StaffCustomerDto.Row> items = shown.stream().map(c -> new StaffCustomerDto.Row(c.id, c.nickname, maskedPhone(c),
                c.memberLevel, c.createdAt,
                StaffCustomerDto.OrderStats.of(stats.getOrDefault(c.id, CustomerOrderStats.Stats.NONE)))).toList();
        return new StaffCustomerDto.Page(items, next);
    }

    /** 138****0001 for mainland numbers (decrypted only to be masked), null without a phone. */
    public String maskedPhone(Customer c) {
        return c.phoneEnc == null ? null : Masking.phone(PhoneNumbers.national(cipher.decrypt(c.phoneEnc)));
    }
}
