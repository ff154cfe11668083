package org.openprovince.catalog;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One field of a procedure's e-form (tờ khai điện tử): the information the citizen types when
 * submitting online, beside the papers of {@link RequiredDocument}. The portal renders the fields in
 * order and {@link EForms} checks the values.
 *
 * @param key the field's name in submitted data: {@code [a-z][a-z0-9_]{0,39}}, unique in the form
 * @param label what the citizen reads, e.g. "Họ, chữ đệm và tên của trẻ"
 * @param options the choices of a {@link FormFieldType#CHOICE} field (at least two, distinct); empty for
 * every other type
 * @param hint a short help text under the field, or {@code null}
 * @param maxLength the most characters of a {@link FormFieldType#isText() text or address} field (1–5000,
 * {@value #DEFAULT_MAX_LENGTH} when not given); {@code null} for every other type
 * @param minValue the smallest value of a {@link FormFieldType#NUMBER} field, or {@code null}
 * @param maxValue the largest value of a {@link FormFieldType#NUMBER} field, or {@code null}
 */
public record FormField(String key, String label, FormFieldType type, boolean required, List<String> options,
		@Nullable String hint, @Nullable Integer maxLength, @Nullable BigDecimal minValue,
		@Nullable BigDecimal maxValue) {

	public static final int DEFAULT_MAX_LENGTH = 500;

	static final int MAX_LENGTH_LIMIT = 5_000;

	static final int MAX_OPTIONS = 50;

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	/** @throws CatalogException when a part is missing or does not fit the type */
	public FormField {
		if (key == null || !KEY.matcher(key.strip()).matches()) {
			throw new CatalogException("catalog.error.formField.key", key == null ? "" : key.strip());
		}
		key = key.strip();
		label = Texts.required(label, "catalog.error.formField.label", Texts.SHORT);
		if (type == null) {
			throw new CatalogException("catalog.error.formField.type.required", label);
		}
		options = options(options, type, label);
		hint = Texts.optional(hint, 1_000);
		if (type.isText()) {
			maxLength = maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
			if (maxLength < 1 || maxLength > MAX_LENGTH_LIMIT) {
				throw new CatalogException("catalog.error.formField.maxLength.range", label, MAX_LENGTH_LIMIT);
			}
		}
		else if (maxLength != null) {
			throw new CatalogException("catalog.error.formField.maxLength.notText", label);
		}
		if (type != FormFieldType.NUMBER && (minValue != null || maxValue != null)) {
			throw new CatalogException("catalog.error.formField.bounds.notNumber", label);
		}
		minValue = canonical(minValue);
		maxValue = canonical(maxValue);
		if (minValue != null && maxValue != null && minValue.compareTo(maxValue) > 0) {
			throw new CatalogException("catalog.error.formField.bounds.order", label);
		}
	}

	/** A field without limits: text and addresses up to {@value #DEFAULT_MAX_LENGTH} characters. */
	public FormField(String key, String label, FormFieldType type, boolean required, List<String> options,
			@Nullable String hint) {
		this(key, label, type, required, options, hint, null, null, null);
	}

	/** A number field between {@code min} and {@code max} (either may be {@code null}). */
	public static FormField number(String key, String label, boolean required, @Nullable BigDecimal min,
			@Nullable BigDecimal max, @Nullable String hint) {
		return new FormField(key, label, FormFieldType.NUMBER, required, List.of(), hint, null, min, max);
	}

	private static List<String> options(@Nullable List<String> values, FormFieldType type, String label) {
		List<String> options = new ArrayList<>();
		for (String value : values == null ? List.<String>of() : values) {
			String option = Texts.required(value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC),
					"catalog.error.formField.option", Texts.SHORT);
			if (options.contains(option)) {
				throw new CatalogException("catalog.error.formField.options.duplicate", label, option);
			}
			options.add(option);
		}
		if (type != FormFieldType.CHOICE) {
			if (!options.isEmpty()) {
				throw new CatalogException("catalog.error.formField.options.notChoice", label);
			}
			return List.of();
		}
		if (options.size() < 2) {
			throw new CatalogException("catalog.error.formField.options.required", label);
		}
		if (options.size() > MAX_OPTIONS) {
			throw new CatalogException("catalog.error.list.tooLong", MAX_OPTIONS);
		}
		return List.copyOf(options);
	}

	/** One way to write a bound (10, not 10.00 or 1E+1), so that stored and read-back fields are equal. */
	private static @Nullable BigDecimal canonical(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** The options as one text, e.g. "Nam, Nữ". */
	public String optionsText() {
		return String.join(", ", options);
	}
}
