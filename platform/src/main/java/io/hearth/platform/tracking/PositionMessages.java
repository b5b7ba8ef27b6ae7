package io.hearth.platform.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.InboundHandler;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code {"type":"position","lat":..,"lng":..,"accuracyM"?:..,"at"?:..}} on /ws/worker: the same checks and effects as
 * {@code POST /api/worker/me/position}; answered by {@code position.accepted} or an {@code error} frame (a position
 * sent too soon is ignored with {@code position-too-frequent}).
 */
@ApplicationScoped
public class PositionMessages implements InboundHandler {

    @Inject
    PositionReports reports;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Override
    public String type() {
        return "position";
    }

    @Override
    public Set<Audience.Kind> senders() {
        return Set.of(Audience.Kind.WORKER);
    }

    @Override
    public Map<String, ?> handle(Audience from, JsonNode message) {
        TrackingDto.PositionInput in;
        try {
            in = json.treeToValue(message, TrackingDto.PositionInput.class);
        } catch (Exception e) {
            throw new ApiException(400, "validation-failed", Map.of("message", "lat, lng, accuracyM must be numbers"
                    + " and at an ISO-8601 date-time"));
        }
        Set<ConstraintViolation<TrackingDto.PositionInput>> violations = validator.validate(in);
        if (!violations.isEmpty()) {
            Map<String, String> errors = new TreeMap<>();
            violations.forEach(v -> errors.put(v.getPropertyPath().toString(), v.getMessage()));
            throw new ApiException(400, "validation-failed", errors);
        }
        TrackingDto.Accepted accepted = reports.report(from.id(), in);
        return Map.of("lat", accepted.lat(), "lng", accepted.lng(), "at", accepted.at());
    }
}
