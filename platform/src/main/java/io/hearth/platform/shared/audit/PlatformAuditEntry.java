package io.hearth.platform.shared.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One super-admin action. Written in the transaction of the change it describes; never updated. */
@Entity
@Table(name = "platform_audit")
public class PlatformAuditEntry extends AuditRecord {
}
