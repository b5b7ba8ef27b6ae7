package io.hearth.platform.worker;

public enum Gender {
    FEMALE, MALE
}
