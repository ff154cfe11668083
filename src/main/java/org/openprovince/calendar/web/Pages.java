package org.openprovince.calendar.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;

/** Shared plumbing of the calendar pages: binder set-up and htmx detection. */
final class Pages {

	/** Editing the calendar is for administrators (also enforced for /office/admin/** by URL). */
	static final String ADMIN = "hasRole('ADMINISTRATOR')";

	static final String FRAGMENTS = "calendar/fragments :: ";

	private Pages() {
	}

	/** Never binds an {@code id}; blank inputs become {@code null}. */
	static void configure(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/**
	 * Whether to answer with a fragment: an htmx request, except when htmx restores history after a
	 * cache miss (it then needs the whole page). Marks the response as varying on the header.
	 */
	static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Vary", "HX-Request");
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}
}
