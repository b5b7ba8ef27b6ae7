package io.hearth.platform.customer.staff;

import io.hearth.platform.customer.Customer;
import io.hearth.platform.customer.CustomerAddress;
import io.hearth.platform.customer.CustomerAddressRepository;
import io.hearth.platform.customer.CustomerRepository;
import io.hearth.platform.dispatch.monitor.Complaints;
import io.hearth.platform.marketing.PointsAccounts;
import io.hearth.platform.marketing.PointsDto;
import io.hearth.platform.order.CustomerOrderStats;
import io.hearth.platform.pricing.PricingSettings;
import io.hearth.platform.shared.audit.TenantAuditLog;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.crypto.Masking;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One customer for staff: the profile with everything around it, staff notes, and the audited phone reveal. */
@ApplicationScoped
@Transactional
public class StaffCustomers {

    static final int RECENT_ORDERS = 10;
    static final int RECENT_POINTS = 5;

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerAddressRepository addresses;

    @Inject
    CustomerNotesRepository notes;

    @Inject
    CustomerDirectory directory;

    @Inject
    CustomerOrderStats orderStats;

    @Inject
    PointsAccounts points;

    @Inject
    PricingSettings pricing;

    @Inject
    Complaints complaints;

    @Inject
    FieldCipher cipher;

    @Inject
    TenantAuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffCustomerDto.Detail detail(UUID id) {
        Customer c = customer(id);
        PointsDto.Account account = points.account(id, RECENT_POINTS);
        Integer discount = c.memberLevel == null ? null
                : pricing.rules().rules().memberLevelDiscountsBp().get(c.memberLevel);
        List<StaffCustomerDto.Address> masked = addresses
                .find("customerId", Sort.descending("isDefault").and("updatedAt", Sort.Direction.Descending), id).list()
                .stream().map(this::masked).toList();
        return new StaffCustomerDto.Detail(c.id, c.nickname, c.avatarUrl, c.gender, directory.maskedPhone(c),
                c.phoneHash != null, c.wechatOpenid != null, c.memberLevel, c.createdAt,
                StaffCustomerDto.OrderStats.of(orderStats.of(id)),
                new StaffCustomerDto.Membership(c.memberLevel, discount, account.balance(), account.recent()), masked,
                orderStats.latest(id, RECENT_ORDERS).stream().map(StaffCustomerDto.RecentOrder::of).toList(),
                complaints.openOfCustomer(id), StaffCustomerDto.Notes.of(notes.of(id).orElse(null)));
    }

    /**
     * Replaces the note and tags when {@code in.version()} is the current one (else 409 {@code customer-notes-stale});
     * bad input is 422 with a message per field and changes nothing. Audited with the notes before and after.
     */
    public StaffCustomerDto.Notes updateNotes(UUID id, StaffCustomerDto.NotesInput in, String by) {
        customer(id);
        StaffNotesCheck.Checked checked = StaffNotesCheck.check(in);
        CustomerNotes n = notes.lockedOf(id).orElse(null);
        int current = n == null ? 0 : n.version;
        if (checked.version() != current) {
            throw ApiException.conflict("customer-notes-stale", checked.version(), current);
        }
        StaffCustomerDto.Notes before = StaffCustomerDto.Notes.of(n);
        boolean created = n == null;
        if (created) {
            n = new CustomerNotes();
            n.customerId = id;
        }
        n.note = checked.note();
        n.tags = new ArrayList<>(checked.tags());
        n.version = current + 1;
        n.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        n.updatedBy = by;
        if (created) {
            // A concurrent first save of the same customer fails here on the primary key: 409, nothing written.
            notes.persistAndFlush(n);
        }
        StaffCustomerDto.Notes after = StaffCustomerDto.Notes.of(n);
        audit.record("customer.notes-update", "customer", id, before, after);
        return after;
    }

    /** The full number for calling the customer, in the tenant's audit log (who, when, which customer). */
    public StaffCustomerDto.PhoneReveal revealPhone(UUID id) {
        Customer c = customer(id);
        if (c.phoneEnc == null) {
            throw ApiException.unprocessable("customer-no-phone", id);
        }
        audit.record("customer.phone-reveal", "customer", id, null, null);
        return new StaffCustomerDto.PhoneReveal(id, cipher.decrypt(c.phoneEnc));
    }

    private Customer customer(UUID id) {
        return customers.byId(id).orElseThrow(() -> ApiException.notFound("Customer", id));
    }

    private StaffCustomerDto.Address masked(CustomerAddress a) {
        return new StaffCustomerDto.Address(a.id, a.label, a.cityCode, a.district,
                Masking.streetDetail(cipher.decrypt(a.detailEnc)), Masking.phoneFromLast4(a.contactPhoneLast4),
                a.isDefault);
    }
}
