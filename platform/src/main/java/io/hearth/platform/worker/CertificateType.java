package io.hearth.platform.worker;

/** 家政服务员证, 健康证, 育婴师证, 养老护理员证, other. */
public enum CertificateType {
    DOMESTIC_SERVICE, HEALTH, NANNY, ELDERLY_CARE, OTHER
}
