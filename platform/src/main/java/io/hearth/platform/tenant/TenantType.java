package io.hearth.platform.tenant;

public enum TenantType { COMPANY, CITY_OPERATOR }
