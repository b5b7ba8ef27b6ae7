package io.hearth.platform.customer;

import io.hearth.platform.shared.PhoneNumbers;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.crypto.Masking;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The signed-in customer's own profile and addresses (current tenant). */
@ApplicationScoped
@Transactional
public class CustomerProfiles {

    static final int MAX_ADDRESSES = 20;

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerAddressRepository addresses;

    @Inject
    FieldCipher cipher;

    public CustomerDto.Profile profile(UUID customerId) {
        return view(customer(customerId));
    }

    public CustomerDto.Profile update(UUID customerId, CustomerDto.ProfileUpdate in) {
        Customer c = customer(customerId);
        c.nickname = in.nickname();
        c.avatarUrl = in.avatarUrl();
        c.gender = in.gender();
        c.updatedAt = Instant.now();
        return view(c);
    }

    public List<CustomerDto.AddressSummary> addresses(UUID customerId) {
        return addresses.find("customerId", Sort.descending("isDefault").and("updatedAt", Sort.Direction.Descending), customerId)
                .list().stream().map(this::summary).toList();
    }

    public CustomerDto.Address address(UUID customerId, UUID addressId) {
        return full(own(customerId, addressId));
    }

    /** Where one of the customer's addresses is, without personal details (pricing, slot checks). 404 when not theirs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CustomerDto.ServiceLocation serviceLocation(UUID customerId, UUID addressId) {
        CustomerAddress a = own(customerId, addressId);
        return new CustomerDto.ServiceLocation(a.id, a.cityCode, a.district, a.lat, a.lng);
    }

    /** The customer's member level code, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String memberLevel(UUID customerId) {
        return customer(customerId).memberLevel;
    }

    public CustomerDto.Address addAddress(UUID customerId, CustomerDto.AddressInput in) {
        customer(customerId);
        long count = addresses.count("customerId", customerId);
        if (count >= MAX_ADDRESSES) {
            throw new ApiException(422, "address-limit", MAX_ADDRESSES);
        }
        CustomerAddress a = new CustomerAddress();
        a.id = UUID.randomUUID();
        a.customerId = customerId;
        a.createdAt = Instant.now();
        fill(a, in);
        makeDefaultIf(a, in.isDefault() || count == 0);
        addresses.persist(a);
        return full(a);
    }

    public CustomerDto.Address updateAddress(UUID customerId, UUID addressId, CustomerDto.AddressInput in) {
        CustomerAddress a = own(customerId, addressId);
        fill(a, in);
        makeDefaultIf(a, in.isDefault());
        return full(a);
    }

    public void deleteAddress(UUID customerId, UUID addressId) {
        CustomerAddress a = own(customerId, addressId);
        boolean wasDefault = a.isDefault;
        addresses.delete(a);
        if (wasDefault) {
            addresses.flush();
            addresses.find("customerId", Sort.descending("updatedAt"), customerId).firstResultOptional()
                    .ifPresent(next -> next.isDefault = true);
        }
    }

    private void makeDefaultIf(CustomerAddress a, boolean makeDefault) {
        if (makeDefault && !a.isDefault) {
            // Clear the old default first: the database allows one default per customer.
            addresses.update("isDefault = false where customerId = ?1 and isDefault = true", a.customerId);
            a.isDefault = true;
        }
    }

    private void fill(CustomerAddress a, CustomerDto.AddressInput in) {
        String phone = PhoneNumbers.normalize(in.contactPhone())
                .orElseThrow(() -> new ApiException(422, "phone-invalid", in.contactPhone()));
        a.label = in.label();
        a.contactName = in.contactName();
        a.contactPhoneEnc = cipher.encrypt(phone);
        a.contactPhoneLast4 = PhoneNumbers.last4(phone);
        a.cityCode = in.cityCode();
        a.district = in.district();
        a.community = in.community();
        a.building = in.building();
        a.unit = in.unit();
        a.roomEnc = cipher.encrypt(in.room());
        a.detailEnc = cipher.encrypt(in.detail());
        a.accessInstructionsEnc = cipher.encrypt(in.accessInstructions());
        a.lat = in.lat();
        a.lng = in.lng();
        a.updatedAt = Instant.now();
    }

    private Customer customer(UUID id) {
        return customers.byId(id).orElseThrow(() -> ApiException.notFound("Customer", id));
    }

    private CustomerAddress own(UUID customerId, UUID addressId) {
        return addresses.find("id = ?1 and customerId = ?2", addressId, customerId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Address", addressId));
    }

    private CustomerDto.Profile view(Customer c) {
        return new CustomerDto.Profile(c.id, c.phoneEnc == null ? null : Masking.phone(cipher.decrypt(c.phoneEnc)),
                c.nickname, c.avatarUrl, c.gender, c.phoneHash != null, c.wechatOpenid != null, c.createdAt);
    }

    private CustomerDto.Address full(CustomerAddress a) {
        return new CustomerDto.Address(a.id, a.label, a.contactName, cipher.decrypt(a.contactPhoneEnc), a.cityCode,
                a.district, a.community, a.building, a.unit, cipher.decrypt(a.roomEnc), cipher.decrypt(a.detailEnc),
                cipher.decrypt(a.accessInstructionsEnc), a.lat, a.lng, a.isDefault, a.updatedAt);
    }

    private CustomerDto.AddressSummary summary(CustomerAddress a) {
        return new CustomerDto.AddressSummary(a.id, a.label, a.contactName, Masking.phoneFromLast4(a.contactPhoneLast4),
                a.cityCode, a.district, a.community, a.building, a.isDefault);
    }
}
