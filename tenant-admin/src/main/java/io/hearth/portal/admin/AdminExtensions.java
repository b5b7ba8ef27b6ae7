package io.hearth.portal.admin;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Times in the tenant's zone for templates: {@code {order.startAt.local}}. */
@TemplateExtension
public class AdminExtensions {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static String local(Instant at) {
        if (at == null) {
            return "";
        }
        return MINUTES.format(at.atZone(Arc.container().instance(TenantZone.class).get().zone()));
    }

    /** For datetime-local inputs. */
    static String inputValue(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(at.atZone(Arc.container().instance(TenantZone.class).get().zone()));
    }
}
