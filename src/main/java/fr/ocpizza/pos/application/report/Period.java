package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.domain.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both included, as the store's calendar has them (its time zone,
 * Europe/Paris for the whole chain): an order belongs to the day of its {@code business_date}, the
 * store-local date it was received on, so a quarter past midnight in Paris is already the next day.
 */
public record Period(LocalDate from, LocalDate to) {

    /** Two years, a leap day included: enough to compare a month with the same month a year before. */
    public static final int MAX_DAYS = 731;

    public Period {
        if (from == null || to == null) {
            throw new ValidationException("error.report.period.missing",
                    "A report needs its first and last day: choose both.");
        }
        if (from.isAfter(to)) {
            throw new ValidationException("error.report.period.reversed",
                    "The period starts on " + from + ", after its last day " + to + ": give the earlier day first.",
                    from, to);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new ValidationException("error.report.period.tooLong",
                    "The period from " + from + " to " + to + " covers " + days + " days; a report covers at most "
                            + MAX_DAYS + " days (two years): choose a shorter period.",
                    from, to, days, MAX_DAYS);
        }
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    /** How many days the period covers, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
