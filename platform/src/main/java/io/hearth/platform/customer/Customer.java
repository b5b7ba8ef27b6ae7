package io.hearth.platform.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An end user of one tenant's mini program. The phone is stored encrypted with a blind index. */
@Entity
@Table(name = "customer")
public class Customer {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "phone_enc")
    public String phoneEnc;

    @Column(name = "phone_hash")
    public String phoneHash;

    @Column(name = "phone_last4")
    public String phoneLast4;

    @Column(name = "wechat_openid")
    public String wechatOpenid;

    @Column(name = "wechat_unionid")
    public String wechatUnionid;

    public String nickname;

    @Column(name = "avatar_url")
    public String avatarUrl;

    public String gender;

    /** Membership level code (set by marketing), null = none; pricing gives the level's discount. */
    @Column(name = "member_level")
    public String memberLevel;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
