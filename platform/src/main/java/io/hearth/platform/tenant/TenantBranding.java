package io.hearth.platform.tenant;

public record TenantBranding(String displayName, String logoUrl, String primaryColor, String miniProgramAppId, String h5Host) {}
