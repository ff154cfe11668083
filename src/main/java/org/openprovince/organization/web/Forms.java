package org.openprovince.organization.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprovince.organization.OrganizationException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/** Shared plumbing of the organisation pages: binder set-up, htmx detection, domain errors on forms. */
final class Forms {

	/** Creating and editing the directory is for administrators; reading it is for all staff. */
	static final String ADMIN = "hasRole('ADMINISTRATOR')";

	static final String FRAGMENTS = "organization/fragments :: ";

	private Forms() {
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

	/**
	 * Shows a broken domain rule next to the field it concerns (the first key prefix that matches),
	 * or above the form.
	 */
	static void reject(BindingResult binding, OrganizationException ex, Map<String, String> fieldsByKeyPrefix) {
		for (var entry : fieldsByKeyPrefix.entrySet()) {
			if (ex.messageKey().startsWith(entry.getKey())) {
				binding.rejectValue(entry.getValue(), ex.messageKey(), ex.getArguments(), ex.getMessage());
				return;
			}
		}
		binding.reject(ex.messageKey(), ex.getArguments(), ex.getMessage());
	}
}
