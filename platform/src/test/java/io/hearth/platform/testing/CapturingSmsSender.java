package io.hearth.platform.testing;

import io.hearth.platform.identity.sms.SmsMessage;
import io.hearth.platform.identity.sms.SmsReceipt;
import io.hearth.platform.identity.sms.SmsSender;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the messages instead of sending them, so tests can read the codes. */
@Mock
@ApplicationScoped
public class CapturingSmsSender implements SmsSender {

    private final List<SmsMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public SmsReceipt send(SmsMessage message) {
        sent.add(message);
        return new SmsReceipt(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    /** {@code phone} as SmsMessage stores it: 13812345678. */
    public String lastCode(String phone) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).phone().equals(phone)) {
                return sent.get(i).templateParams().get("code");
            }
        }
        throw new AssertionError("No code was sent to " + phone);
    }

    public long countTo(String phone) {
        return sent.stream().filter(m -> m.phone().equals(phone)).count();
    }

    /** Every message sent to {@code phone} (as SmsMessage stores it), oldest first. */
    public List<SmsMessage> sentTo(String phone) {
        return sent.stream().filter(m -> m.phone().equals(phone)).toList();
    }
}
