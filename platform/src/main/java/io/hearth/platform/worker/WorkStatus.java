package io.hearth.platform.worker;

/** Whether a worker takes orders now. Workers switch ONLINE/OFFLINE; dispatch sets BUSY. */
public enum WorkStatus {
    ONLINE, BUSY, OFFLINE
}
