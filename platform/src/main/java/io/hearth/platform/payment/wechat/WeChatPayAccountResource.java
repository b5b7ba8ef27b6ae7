package io.hearth.platform.payment.wechat;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.tenancy.TenantScoped;
import io.hearth.platform.shared.web.ApiException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's WeChat Pay merchant account. Owner only; secrets are write-only. */
@Path("/api/tenant/payment/wechat")
@RolesAllowed(Roles.OWNER)
@TenantScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant: payment settings")
public class WeChatPayAccountResource {

    @Inject
    WeChatPayAccounts accounts;

    @GET
    public WeChatPayDto.AccountView get() {
        return accounts.view().orElseThrow(() -> ApiException.notFound("WeChat Pay account", "-"));
    }

    @PUT
    public WeChatPayDto.AccountView put(@Valid @NotNull WeChatPayDto.AccountInput in) {
        return accounts.set(in);
    }
}
