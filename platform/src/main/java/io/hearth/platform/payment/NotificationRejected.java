package io.hearth.platform.payment;

/** A notification that cannot be trusted or read; nothing is changed because of it. */
public class NotificationRejected extends Exception {

    public enum Reason {
        /** The signature does not verify (forged or altered), or no key we hold signed it. */
        SIGNATURE,
        /** Signed too long ago (or in the future): a replay. */
        STALE,
        /** Not the shape the provider sends, or undecryptable. */
        MALFORMED
    }

    private final Reason reason;

    public NotificationRejected(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
