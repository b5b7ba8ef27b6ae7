package io.hearth.portal.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Switches the portal language and remembers it for a year in a cookie. A GET on purpose: it changes only the
 * viewer's own display preference, so a link can do it; {@code back} must be a local path (no open redirect).
 */
@Path("/lang")
@Authenticated
public class LanguageSwitch {

    @GET
    public Response change(@QueryParam("to") String to, @QueryParam("back") String back) {
        String tag = UserLanguage.supported(to);
        if (tag == null) {
            tag = "en";
        }
        String target = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                ? back : "/";
        NewCookie cookie = new NewCookie.Builder(UserLanguage.COOKIE).value(tag).path("/").maxAge(365 * 24 * 3600)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }
}
