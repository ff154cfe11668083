package org.openprovince.dossier.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.internal.DossierSearch;
import org.openprovince.dossier.internal.Queue;
import org.openprovince.platform.WebForms;

/**
 * The query string of the dossier list: a queue tab, or a search when any criterion is given. Values
 * that do not parse are ignored, so a mangled bookmark shows the list rather than an error.
 *
 * @param status a national status code 1–10, or {@code null}
 */
record ListQuery(Queue queue, @Nullable String q, @Nullable Integer status, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	static ListQuery of(@Nullable String queue, @Nullable String q, @Nullable String status, @Nullable String from,
			@Nullable String to) {
		Queue tab = WebForms.parseEnum(Queue.class, queue);
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null && text.length() > 200) {
			text = text.substring(0, 200);
		}
		return new ListQuery(tab == null ? Queue.UNIT : tab, text, status(status), date(from), date(to));
	}

	/** Whether the page shows search results rather than a queue. */
	public boolean searching() {
		return q != null || status != null || from != null || to != null;
	}

	DossierSearch.Criteria criteria() {
		return new DossierSearch.Criteria(q, status, from, to);
	}

	/** This list at the page after {@code token}, or the first page when {@code null}. */
	public String link(@Nullable String token) {
		if (searching()) {
			return WebForms.link(Pages.PATH, "q", q, "status", status, "from", from, "to", to, "after", token);
		}
		return WebForms.link(Pages.PATH, "queue", queue, "after", token);
	}

	private static @Nullable Integer status(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int code = Integer.parseInt(value.strip());
			return code >= 1 && code <= 10 ? code : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
