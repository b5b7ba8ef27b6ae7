package io.hearth.portal.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateGlobal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every template instance created during a request renders in the viewer's language, and every template can use
 * {@code ui} ({@link Ui}) for the layout.
 */
@ApplicationScoped
public class TemplateSetup {

    void configure(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> {
            ManagedContext request = Arc.container().requestContext();
            if (!request.isActive()) {
                return;
            }
            instance.setLocale(Arc.container().instance(UserLanguage.class).get().locale());
        });
    }

    /** {@code {ui.menu}}, {@code {ui.lang}}, ... in every template, checked ones included. */
    @TemplateGlobal
    static Ui ui() {
        return Arc.container().instance(Ui.class).get();
    }
}
