package io.hearth.platform.shared.http;

/**
 * A third party gave no answer: it timed out, could not be reached, or the calling thread was interrupted (the
 * interrupt flag is set again). Always worth retrying later. The message never contains the request URL, which
 * may carry secrets.
 */
public class NoAnswerException extends Exception {

    public NoAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
