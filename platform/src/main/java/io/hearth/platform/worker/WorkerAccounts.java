package io.hearth.platform.worker;

import io.hearth.platform.shared.PhoneNumbers;
import io.hearth.platform.shared.crypto.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Finds or creates the worker account behind a phone sign-in, inside the current tenant. */
@ApplicationScoped
@Transactional
public class WorkerAccounts {

    public record SignedIn(UUID workerId, boolean created) {
    }

    @Inject
    WorkerRepository workers;

    @Inject
    FieldCipher cipher;

    public SignedIn byPhone(String phone) {
        String hash = cipher.blindIndex(phone);
        return workers.byPhoneHash(hash)
                .map(w -> new SignedIn(w.id, false))
                .orElseGet(() -> {
                    Worker w = new Worker();
                    w.id = UUID.randomUUID();
                    w.phoneEnc = cipher.encrypt(phone);
                    w.phoneHash = hash;
                    w.phoneLast4 = PhoneNumbers.last4(phone);
                    w.createdAt = w.updatedAt = Instant.now();
                    workers.persist(w);
                    return new SignedIn(w.id, true);
                });
    }
}
