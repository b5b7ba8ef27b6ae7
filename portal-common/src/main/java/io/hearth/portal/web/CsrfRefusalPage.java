package io.hearth.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form without a valid token with a bare 400; the user gets a page saying what happened
 * (in their language) instead. The portal's own forms answer their validation errors with 422 and a page, so a
 * bodiless 400 to a POST is the CSRF filter's.
 */
public class CsrfRefusalPage {

    @Inject
    UserLanguage language;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())) {
            Msg msg = Bundles.of(Msg.class, language.locale());
            response.setEntity(ErrorPages.Templates.error(400, msg.errorTitle(), msg.csrfRefused(), null).render(), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
