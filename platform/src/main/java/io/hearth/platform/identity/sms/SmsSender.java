package io.hearth.platform.identity.sms;

/** Hands a templated text message to the SMS provider. */
public interface SmsSender {

    /**
     * @return the provider's receipt once it accepted the message (delivery to the handset is later)
     * @throws SmsDeliveryException when the provider did not accept it
     */
    SmsReceipt send(SmsMessage message);
}
