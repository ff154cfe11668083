package org.openprovince.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.VietnamTime;

/**
 * How pages show times: stored in UTC, shown in Vietnam time whatever the server's zone. In every page
 * model as {@code shown} ({@link LayoutModelAdvice}); a {@code null} shows as an empty string.
 */
public final class Shown {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	static final Shown INSTANCE = new Shown();

	private Shown() {
	}

	/** {@code 21/11/2026 14:30}. */
	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : DATE_TIME.format(local(instant));
	}

	/** The day of an instant, {@code 21/11/2026}. */
	public String day(@Nullable Instant instant) {
		return instant == null ? "" : DATE.format(local(instant));
	}

	/** {@code 21/11/2026}. */
	public String date(@Nullable LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** The value of a {@code datetime-local} input. */
	public String input(@Nullable Instant instant) {
		return instant == null ? "" : INPUT.format(local(instant));
	}

	/** Machine-readable time for {@code <time datetime>}. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, VietnamTime.ZONE);
	}
}
