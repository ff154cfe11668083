package org.openprovince.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Schedules for the golden tables: the default week or a center open on Saturday morning, with the official 2025 schedule. */
final class TestSchedules {

	static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** A Public Administrative Service Center also open 07:30–11:30 on Saturday. */
	static final WorkingHours SATURDAY_MORNING = WorkingHours.DEFAULT.with(DayOfWeek.SATURDAY,
			Shift.of("07:30", "11:30"));

	/**
	 * The 2025 schedule for state agencies as the government published it [K: from memory of the
	 * notices of the Ministry of Labour (Tết, 2/9) and of Home Affairs (30/4); check the numbers]:
	 * Tết 25/1–2/2 with the nghỉ bù for Saturday 1/2 taken on Monday 27/1 rather than 3/2; 30/4–4/5
	 * with Friday 2/5 off and Saturday 26/4 worked in exchange.
	 */
	static final Map<LocalDate, DayOverride> OFFICIAL_2025 = Arrays
		.stream(new DayOverride[] {
				override("2025-01-27", OverrideKind.DAY_OFF, "Nghỉ bù Tết (mùng 4 vào thứ Bảy)"),
				override("2025-02-03", OverrideKind.WORKING_DAY, "Nghỉ bù đã chuyển sang 27/01"),
				override("2025-05-02", OverrideKind.DAY_OFF, "Hoán đổi ngày làm việc dịp 30/4–1/5"),
				override("2025-04-26", OverrideKind.WORKING_DAY, "Làm bù cho thứ Sáu 02/5") })
		.collect(Collectors.toUnmodifiableMap(DayOverride::date, Function.identity()));

	static final VietnameseLunarCalendar LUNAR = new VietnameseLunarCalendar();

	static final StatutoryHolidays HOLIDAYS = new StatutoryHolidays(LUNAR);

	private TestSchedules() {
	}

	static WorkSchedule schedule(WorkingHours hours) {
		return new WorkSchedule(hours, OFFICIAL_2025, HOLIDAYS, LUNAR);
	}

	static WorkSchedule schedule(String profile) {
		return schedule(switch (profile) {
			case "DEFAULT" -> WorkingHours.DEFAULT;
			case "SATURDAY" -> SATURDAY_MORNING;
			default -> throw new IllegalArgumentException(profile);
		});
	}

	static LocalDateTime at(String minutes) {
		return LocalDateTime.parse(minutes.strip(), MINUTES);
	}

	/** "-" for none, else "from>to" intervals separated by ";". */
	static List<Interval> pauses(String text) {
		if ("-".equals(text.strip())) {
			return List.of();
		}
		return Arrays.stream(text.split(";")).map(p -> {
			String[] ends = p.split(">");
			return new Interval(at(ends[0]), at(ends[1]));
		}).toList();
	}

	private static DayOverride override(String date, OverrideKind kind, String reason) {
		return new DayOverride(UUID.randomUUID(), LocalDate.parse(date), kind, reason, null);
	}
}
