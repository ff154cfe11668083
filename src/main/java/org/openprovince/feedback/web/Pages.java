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

/** Paths of the feedback pages. */
final class Pages {

	static final String PUBLIC = "/phan-anh";

	static final String SUBMIT = PUBLIC + "/gui";

	static final String SUBMITTED = PUBLIC + "/da-gui";

	static final String MINE = "/account/phan-anh";

	static final String OFFICE = "/office/feedback";

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
}
