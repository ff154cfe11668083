package org.openprovince.dossier.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.VietnamTime;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How the dossier pages show times: stored in UTC, shown in Vietnam time as {@code dd/MM/yyyy HH:mm}
 * whatever the server's zone. In every model of this package as {@code shown}.
 */
final class Shown {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	static final Shown INSTANCE = new Shown();

	/** {@code 21/11/2026 14:30}, or an empty string. */
	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : DATE_TIME.format(LocalDateTime.ofInstant(instant, VietnamTime.ZONE));
	}

	/** {@code 21/11/2026}, or an empty string. */
	public String date(@Nullable LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** The value of a {@code datetime-local} input, in Vietnam time. */
	public String input(@Nullable Instant instant) {
		return instant == null ? "" : INPUT.format(LocalDateTime.ofInstant(instant, VietnamTime.ZONE));
	}

	/** Machine-readable time for {@code <time datetime>}. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	@ControllerAdvice(basePackageClasses = Shown.class)
	static class Advice {

		@ModelAttribute("shown")
		Shown shown() {
			return INSTANCE;
		}
	}
}
