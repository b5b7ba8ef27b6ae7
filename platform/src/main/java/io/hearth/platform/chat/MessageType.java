package io.hearth.platform.chat;

/** TEXT carries text; IMAGE an uploaded CHAT_IMAGE file. */
public enum MessageType {
    TEXT, IMAGE
}
