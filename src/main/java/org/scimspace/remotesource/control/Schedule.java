package org.scimspace.remotesource.control;

import org.scimspace.common.ServiceException;

/**
 * A connection's schedule: a run every so many minutes, from 5 to a week, hourly unless
 * said otherwise; 0 runs only on demand ("Sync now"). The scheduler looks every minute.
 */
public final class Schedule {

    public static final int DEFAULT_MINUTES = 60;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 7 * 24 * 60;

    private Schedule() {}

    public static int intervalMinutes(Integer given) {
        if (given == null) {
            return DEFAULT_MINUTES;
        }
        if (given == 0 || (given >= MIN_MINUTES && given <= MAX_MINUTES)) {
            return given;
        }
        throw ServiceException.invalid(
                "intervalMinutes",
                "The interval is 0 (only on demand) or " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes (a week).");
    }

    /** How people read it: "every 60 minutes", "only on demand". */
    public static String describe(int intervalMinutes) {
        if (intervalMinutes == 0) {
            return "only on demand";
        }
        if (intervalMinutes % (24 * 60) == 0) {
            int days = intervalMinutes / (24 * 60);
            return days == 1 ? "daily" : "every " + days + " days";
        }
        if (intervalMinutes % 60 == 0) {
            int hours = intervalMinutes / 60;
            return hours == 1 ? "hourly" : "every " + hours + " hours";
        }
        return "every " + intervalMinutes + " minutes";
    }
}
