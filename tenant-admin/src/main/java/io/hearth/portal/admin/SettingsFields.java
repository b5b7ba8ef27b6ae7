package io.hearth.portal.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The numeric fields of the dispatch settings forms, by the platform's names ({@code cdi:settingsFields}). */
@Named("settingsFields")
@ApplicationScoped
public class SettingsFields {

    public List<String> getDispatch() {
        List<String> f = new ArrayList<>(List.of("grabWindowSeconds"));
        SettingsPages.RULES.forEach(r -> f.add("rules." + r));
        return f;
    }

    public List<String> getMonitor() {
        return SettingsPages.THRESHOLDS;
    }
}
