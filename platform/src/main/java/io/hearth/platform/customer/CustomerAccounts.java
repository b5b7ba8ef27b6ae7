package io.hearth.platform.customer;

import io.hearth.platform.shared.PhoneNumbers;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Finds or creates the customer behind a sign-in, inside the current tenant. */
@ApplicationScoped
@Transactional
public class CustomerAccounts {

    public record SignedIn(UUID customerId, boolean created, boolean phoneBound) {
    }

    @Inject
    CustomerRepository customers;

    @Inject
    FieldCipher cipher;

    public SignedIn byPhone(String phone) {
        String hash = cipher.blindIndex(phone);
        return customers.byPhoneHash(hash)
                .map(c -> new SignedIn(c.id, false, true))
                .orElseGet(() -> {
                    Customer c = newCustomer();
                    setPhone(c, phone, hash);
                    customers.persist(c);
                    return new SignedIn(c.id, true, true);
                });
    }

    /** The customer whose sign-in phone this is (any accepted format), for staff searches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<UUID> idByPhone(String phone) {
        return PhoneNumbers.normalize(phone).flatMap(p -> customers.byPhoneHash(cipher.blindIndex(p))).map(c -> c.id);
    }

    public SignedIn byWeChat(String openid, String unionid) {
        return customers.byWechatOpenid(openid)
                .map(c -> {
                    if (unionid != null && !unionid.equals(c.wechatUnionid)) {
                        c.wechatUnionid = unionid;
                        c.updatedAt = Instant.now();
                    }
                    return new SignedIn(c.id, false, c.phoneHash != null);
                })
                .orElseGet(() -> {
                    Customer c = newCustomer();
                    c.wechatOpenid = openid;
                    c.wechatUnionid = unionid;
                    customers.persist(c);
                    return new SignedIn(c.id, true, false);
                });
    }

    /** After WeChat sign-in: the verified phone joins the account, unless another account has it. */
    public void bindPhone(UUID customerId, String phone) {
        Customer c = customers.byId(customerId).orElseThrow(() -> ApiException.notFound("Customer", customerId));
        String hash = cipher.blindIndex(phone);
        customers.byPhoneHash(hash).filter(other -> !other.id.equals(customerId)).ifPresent(other -> {
            throw ApiException.conflict("phone-bound-elsewhere", PhoneNumbers.last4(phone));
        });
        setPhone(c, phone, hash);
        c.updatedAt = Instant.now();
    }

    /** The openid of the customer's WeChat binding (for the tenant's mini program), if signed in with WeChat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> weChatOpenid(UUID customerId) {
        return customers.byId(customerId).map(c -> c.wechatOpenid);
    }

    private void setPhone(Customer c, String phone, String hash) {
        c.phoneEnc = cipher.encrypt(phone);
        c.phoneHash = hash;
        c.phoneLast4 = PhoneNumbers.last4(phone);
    }

    private static Customer newCustomer() {
        Customer c = new Customer();
        c.id = UUID.randomUUID();
        c.createdAt = c.updatedAt = Instant.now();
        return c;
    }
}
