package io.hearth.portal.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the viewer's language to the platform as Accept-Language, so its problem details come back in the language
 * the page is in.
 */
@ApplicationScoped
public class LanguageHeaders implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Accept-Language", acceptLanguage());
        return headers;
    }

    /** The viewer's language, or English outside a request. */
    public static String acceptLanguage() {
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            return Arc.container().instance(UserLanguage.class).get().tag();
        }
        return "en";
    }
}
