package io.hearth.platform.file;

import java.util.UUID;

/**
 * Lets another feature open one of its private files to people who are neither its uploader nor staff (a chat
 * image to the other participants of the conversation that carries it). Implementations are CDI beans; asked only
 * when the usual rules refuse, inside the current tenant.
 */
public interface FileReadGrant {

    /** {@code callerKind}: "customer" or "worker". */
    boolean grants(String callerKind, UUID callerId, UUID fileId, Purpose purpose);
}
