package io.hearth.platform.identity.token;

/** Who a platform-issued token belongs to; also the role it grants. */
public enum SubjectKind {
    CUSTOMER("customer"), WORKER("worker");

    public final String role;

    SubjectKind(String role) {
        this.role = role;
    }

    public static SubjectKind ofRole(String role) {
        for (SubjectKind k : values()) {
            if (k.role.equals(role)) {
                return k;
            }
        }
        throw new IllegalArgumentException(role);
    }
}
