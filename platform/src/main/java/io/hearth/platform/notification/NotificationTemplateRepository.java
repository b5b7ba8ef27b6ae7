package io.hearth.platform.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NotificationTemplateRepository implements PanacheRepositoryBase<NotificationTemplate, UUID> {

    public Optional<NotificationTemplate> of(NotificationEvent event, Channel channel, String locale) {
        return find("event = ?1 and channel = ?2 and locale = ?3", event.key(), channel, locale).firstResultOptional();
    }

    public List<NotificationTemplate> all() {
        return listAll();
    }
}
