package io.hearth.platform.notification;

import io.hearth.platform.tenant.TenantSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When an SMS or WeChat message may go out under the tenant's quiet hours: at once outside the window, else at the
 * window's end (local wall clock in the tenant zone; a window may run past midnight). Pure.
 */
public final class QuietWindow {

    private QuietWindow() {
    }

    public static Instant notBefore(Instant now, ZoneId zone, TenantSettings.QuietHours quiet) {
        if (!quiet.enabled() || quiet.startMinute() == quiet.endMinute()) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        int minute = local.getHour() * 60 + local.getMinute();
        int start = quiet.startMinute();
        int end = quiet.endMinute();
        boolean inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
        if (!inside) {
            return now;
        }
        LocalDate endDay = start < end || minute < end ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return endDay.atTime(LocalTime.of(end / 60, end % 60)).atZone(zone).toInstant();
    }
}
