package org.openprovince.sandboxportal;

import java.util.List;

/**
 * One broken rule of a payload: a message key of {@code messages/sandboxportal} and its arguments (field
 * names and the values sent), shown to the sender in Vietnamese.
 */
record Violation(String key, List<String> arguments) {

	static Violation of(String key, String... arguments) {
		return new Violation("sandboxportal.invalid." + key, List.of(arguments));
	}
}
