package org.openprovince.portal.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.VietnamTime;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How the portal's dossier pages show times: stored in UTC, shown in Vietnam time whatever the
 * server's zone. In every model of this package as {@code time}.
 */
final class PortalTime {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final PortalTime INSTANCE = new PortalTime();

	/** {@code 21/11/2026 14:30}, or an empty string. */
	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : DATE_TIME.format(LocalDateTime.ofInstant(instant, VietnamTime.ZONE));
	}

	/** {@code 21/11/2026}, or an empty string. */
	public String date(@Nullable Instant instant) {
		return instant == null ? "" : DATE.format(LocalDateTime.ofInstant(instant, VietnamTime.ZONE));
	}

	/** Machine-readable time for {@code <time datetime>}. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	@ControllerAdvice(basePackageClasses = PortalTime.class)
	static class Advice {

		@ModelAttribute("time")
		PortalTime time() {
			return INSTANCE;
		}
	}
}
