package io.hearth.platform.identity.sms;

import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes messages to the log instead of sending them, so that a developer can read the sign-in code. The phone
 * is always masked; the parameters are logged only when {@code hearth.sms.log.include-params} is on (dev, test).
 */
public class LogSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(LogSmsSender.class);

    private final boolean includeParams;

    public LogSmsSender(boolean includeParams) {
        this.includeParams = includeParams;
    }

    @Override
    public SmsReceipt send(SmsMessage message) {
        String id = "log-" + UUID.randomUUID();
        if (includeParams) {
            LOG.infof("SMS not sent (hearth.sms.provider=log) to %s: sign %s, template %s, params %s",
                    message.maskedPhone(), message.signName(), message.templateCode(), message.templateParams());
        } else {
            LOG.infof("SMS not sent (hearth.sms.provider=log) to %s: sign %s, template %s",
                    message.maskedPhone(), message.signName(), message.templateCode());
        }
        return new SmsReceipt(id, id);
    }
}
