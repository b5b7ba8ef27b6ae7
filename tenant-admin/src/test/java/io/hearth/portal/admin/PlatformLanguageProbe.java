package io.hearth.portal.admin;

import io.hearth.portal.web.LanguageHeaders;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedHashMap;

/** Test-only: the Accept-Language the platform client would send for this request. */
@Path("/test/platform-language")
@Authenticated
public class PlatformLanguageProbe {

    @GET
    public String language() {
        return new LanguageHeaders().update(new MultivaluedHashMap<>(), new MultivaluedHashMap<>()).getFirst("Accept-Language");
    }
}
