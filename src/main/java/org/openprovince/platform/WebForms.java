package org.openprovince.platform;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Plumbing every module's HTML controllers share: binder set-up, htmx detection, broken domain
 * rules shown on forms, and lenient parsing of query-string values (a mangled bookmark shows the
 * unfiltered page, never an error).
 */
public final class WebForms {

	private WebForms() {
	}

	/** Never binds an {@code id}; blank inputs become {@code null}. */
	public static void configure(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/**
	 * Whether to answer with a fragment: an htmx request, except when htmx restores history after a
	 * cache miss (it then needs the whole page). Marks the response as varying on the header.
	 */
	public static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Vary", "HX-Request");
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	/**
	 * Shows a broken domain rule next to the field it concerns (the first key prefix that matches),
	 * or above the form.
	 */
	public static void reject(BindingResult binding, LocalizedException ex, Map<String, String> fieldsByKeyPrefix) {
		for (var entry : fieldsByKeyPrefix.entrySet()) {
			if (ex.messageKey().startsWith(entry.getKey())) {
				binding.rejectValue(entry.getValue(), ex.messageKey(), ex.getArguments(), ex.getMessage());
				return;
			}
		}
		binding.reject(ex.messageKey(), ex.getArguments(), ex.getMessage());
	}

	/** A path with the given query parameters, leaving out those without a value; encoded. */
	public static String link(String path, @Nullable Object... namesAndValues) {
		var builder = UriComponentsBuilder.fromPath(path);
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			if (value != null && !value.toString().isBlank()) {
				builder.queryParam(String.valueOf(namesAndValues[i]), value);
			}
		}
		return builder.encode().build().toUriString();
	}

	/** A query-string value as an enum constant, or {@code null} when absent or unknown. */
	public static <E extends Enum<E>> @Nullable E parseEnum(Class<E> type, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A query-string value as a UUID, or {@code null} when absent or malformed. */
	public static @Nullable UUID parseUuid(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A form or query-string value as a whole number, or {@code null} when absent or malformed. */
	public static @Nullable Long parseLong(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** {@link #parseLong}, as an {@code int}: {@code null} also when out of range. */
	public static @Nullable Integer parseInt(@Nullable String value) {
		Long number = parseLong(value);
		return number == null || number != number.intValue() ? null : number.intValue();
	}

	/** A query-string page number, 1-based as shown, or 1 when absent or malformed. */
	public static int parsePage(@Nullable String value) {
		if (value == null) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(value.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}
}
