package org.openprovince.feedback.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.VietnamTime;
import org.openprovince.platform.WebForms;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Paths of the feedback pages and how they show times (Vietnam time, {@code dd/MM/yyyy HH:mm}), in every
 * model of this package as {@code fmt}.
 */
final class Pages {

	static final String PUBLIC = "/phan-anh";

	static final String SUBMIT = PUBLIC + "/gui";

	static final String SUBMITTED = PUBLIC + "/da-gui";

	static final String MINE = "/account/phan-anh";

	static final String OFFICE = "/office/feedback";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final Pages FORMAT = new Pages();

	private Pages() {
	}

	static String item(String code) {
		return PUBLIC + "/" + code;
	}

	static String office(UUID id) {
		return OFFICE + "/" + id;
	}

	static UUID uuid(String value) {
		UUID id = WebForms.parseUuid(value);
		if (id == null) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return id;
	}

	/** {@code 24/11/2026 14:30}, or an empty string. */
	public String at(@Nullable Instant instant) {
		return instant == null ? "" : MINUTES.format(LocalDateTime.ofInstant(instant, VietnamTime.ZONE));
	}

	/** {@code 24/11/2026}, or an empty string. */
	public String day(@Nullable Instant instant) {
		return instant == null ? "" : DAYS.format(LocalDateTime.ofInstant(instant, VietnamTime.ZONE));
	}

	@ControllerAdvice(basePackageClasses = Pages.class)
	static class Format {

		@ModelAttribute("fmt")
		Pages fmt() {
			return FORMAT;
		}
	}
}
