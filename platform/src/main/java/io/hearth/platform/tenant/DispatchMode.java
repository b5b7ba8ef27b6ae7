package io.hearth.platform.tenant;

public enum DispatchMode { AUTO, GRAB, MANUAL }
