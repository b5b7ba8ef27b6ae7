package io.hearth.portal.admin;

import io.hearth.portal.api.DispatchApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The filter choices of the alert board and complaints ({@code cdi:alertChoices} in templates). */
@Named("alertChoices")
@ApplicationScoped
public class AlertChoices {

    public List<String> getStates() {
        return DispatchApi.ALERT_STATES;
    }

    public List<String> getKinds() {
        return DispatchApi.ALERT_KINDS;
    }

    public List<String> getComplaintStates() {
        return DispatchApi.COMPLAINT_STATES;
    }

    public List<String> getModes() {
        return DispatchApi.MODES;
    }
}
