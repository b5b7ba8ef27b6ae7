package io.hearth.platform.identity;

import io.hearth.platform.customer.CustomerAccounts;
import io.hearth.platform.identity.otp.OneTimeCodes;
import io.hearth.platform.identity.token.AppSessions;
import io.hearth.platform.identity.token.SubjectKind;
import io.hearth.platform.shared.PhoneNumbers;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantRef;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.worker.WorkerAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Phone + SMS code sign-in, the same for customers and workers of a tenant. */
@ApplicationScoped
public class PhoneSignIn {

    @Inject
    OneTimeCodes codes;

    @Inject
    AppSessions sessions;

    @Inject
    CustomerAccounts customers;

    @Inject
    WorkerAccounts workers;

    public OneTimeCodes.Sent sendCode(TenantRef tenant, SubjectKind kind, String rawPhone, String clientIp) {
        return codes.send(tenant.id(), kind, phone(rawPhone), clientIp);
    }

    public AppSessions.Tokens signIn(TenantRef tenant, SubjectKind kind, String rawPhone, String code) {
        String phone = phone(rawPhone);
        codes.verify(tenant.id(), kind, phone, code);
        return TenantContext.call(tenant.id(), () -> {
            UUID subject = kind == SubjectKind.CUSTOMER ? customers.byPhone(phone).customerId() : workers.byPhone(phone).workerId();
            return sessions.start(kind, subject);
        });
    }

    /** Inside the caller's tenant. */
    public void verifyForBinding(SubjectKind kind, String rawPhone, String code, UUID customerId) {
        String phone = phone(rawPhone);
        codes.verify(TenantContext.require(), kind, phone, code);
        customers.bindPhone(customerId, phone);
    }

    public static String phone(String raw) {
        return PhoneNumbers.normalize(raw).orElseThrow(() -> new ApiException(422, "phone-invalid", raw));
    }
}
