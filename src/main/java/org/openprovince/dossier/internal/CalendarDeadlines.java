package org.openprovince.dossier.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprovince.calendar.DeadlinePolicy;
import org.openprovince.calendar.DeadlinePolicy.AfterPause;
import org.openprovince.calendar.DeadlineUnit;
import org.openprovince.calendar.PauseInterval;
import org.openprovince.calendar.WorkingCalendar;
import org.openprovince.catalog.TimeLimitUnit;
import org.openprovince.organization.AgencyId;
import org.springframework.stereotype.Component;

/**
 * Dossier deadlines on the working calendar of the competent agency (spec §4). The appointment date
 * counts the procedure's limit from reception, leaving out the pauses for supplementation and payment;
 * when the procedure version says the clock restarts after a supplement (spec §4.4), the full limit
 * counts again from the end of the last supplementation, and only later pauses are left out.
 */
@Component
class CalendarDeadlines implements Deadlines {

	private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

	private final WorkingCalendar calendar;

	CalendarDeadlines(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public Instant dossierDue(Dossier dossier, Instant receivedAt, List<Pause> pauses) {
		Instant start = receivedAt;
		List<Pause> counted = pauses.stream().filter(p -> p.to() != null).toList();
		if (dossier.afterSupplement() == AfterPause.RESTART) {
			Instant restart = counted.stream()
				.filter(p -> p.kind() == Pause.Kind.SUPPLEMENT)
				.map(Pause::to)
				.reduce((a, b) -> b)
				.orElse(null);
			if (restart != null) {
				Instant from = restart;
				start = from;
				counted = counted.stream().filter(p -> !p.from().isBefore(from)).toList();
			}
		}
		List<PauseInterval> intervals = intervals(counted);
		AgencyId agency = dossier.competentAgencyId();
		BigDecimal amount = dossier.timeLimit();
		TimeLimitUnit unit = dossier.timeLimitUnit();
		DeadlinePolicy policy = DeadlinePolicy.DEFAULT;
		return switch (unit) {
			case WORKING_DAYS -> isWhole(amount)
					? calendar.deadline(agency, start, amount.longValueExact(), DeadlineUnit.WORKING_DAYS, policy, intervals)
					: calendar.deadline(agency, start, minutes(amount.multiply(TimeLimitUnit.HOURS_PER_DAY)), policy,
							intervals);
			case CALENDAR_DAYS -> calendar.deadline(agency, start, amount.setScale(0, RoundingMode.CEILING).longValueExact(),
					DeadlineUnit.CALENDAR_DAYS, policy, intervals);
			case HOURS -> calendar.deadline(agency, start, minutes(amount), policy, intervals);
		};
	}

	@Override
	public @Nullable Instant stepDue(Step step, Instant start, List<Pause> pauses) {
		if (step.budget().isZero()) {
			return null;
		}
		return calendar.deadline(step.agencyId(), start, step.budget(), DeadlinePolicy.DEFAULT,
				intervals(pauses.stream().filter(p -> p.to() != null).toList()));
	}

	@Override
	public Instant nextWorkingMoment(AgencyId agency, Instant moment) {
		return calendar.nextWorkingMoment(agency, moment);
	}

	private static List<PauseInterval> intervals(List<Pause> pauses) {
		return pauses.stream().map(p -> new PauseInterval(p.from(), java.util.Objects.requireNonNull(p.to()))).toList();
	}

	private static boolean isWhole(BigDecimal amount) {
		return amount.stripTrailingZeros().scale() <= 0;
	}

	private static Duration minutes(BigDecimal hours) {
		return Duration.ofMinutes(hours.multiply(MINUTES_PER_HOUR).setScale(0, RoundingMode.HALF_UP).longValueExact());
	}
}
