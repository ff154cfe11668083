package org.openprovince.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A procedure's code in the national procedure database (mã thủ tục hành chính, CSDL quốc gia về
 * TTHC): one digit, a dot and six digits, e.g. {@code 1.000948} (spec §2.2). Local instances published
 * by a province append its level-1 agency group ({@code 1.000948.H38}); {@link #parse} accepts that
 * form and keeps the national part.
 */
public record ProcedureCode(String value) implements Comparable<ProcedureCode> {

	private static final Pattern NATIONAL = Pattern.compile("^[0-9]\\.[0-9]{6}$");

	private static final Pattern WITH_LOCAL_SUFFIX = Pattern.compile("^([0-9]\\.[0-9]{6})(\\.[A-Za-z][0-9]{2})?$");

	/** @throws CatalogException when the value is blank or not in the national form */
	public ProcedureCode {
		if (value == null || value.isBlank()) {
			throw new CatalogException("catalog.error.code.required");
		}
		value = value.strip();
		if (!NATIONAL.matcher(value).matches()) {
			throw new CatalogException("catalog.error.code.format", value);
		}
	}

	public static ProcedureCode of(String value) {
		return new ProcedureCode(value);
	}

	/**
	 * The national code of {@code 1.000948} or of a local instance such as {@code 1.000948.H38}.
	 *
	 * @throws CatalogException when neither form matches
	 */
	public static ProcedureCode parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new CatalogException("catalog.error.code.required");
		}
		Matcher matcher = WITH_LOCAL_SUFFIX.matcher(text.strip());
		if (!matcher.matches()) {
			throw new CatalogException("catalog.error.code.format", text.strip());
		}
		return new ProcedureCode(matcher.group(1));
	}

	/** The local-instance code a province publishes, e.g. {@code 1.000948.H99} for group {@code H99}. */
	public String localInstance(String levelOneGroup) {
		return value + "." + levelOneGroup;
	}

	@Override
	public int compareTo(ProcedureCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
