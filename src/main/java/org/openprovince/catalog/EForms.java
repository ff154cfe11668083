package org.openprovince.catalog;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The check of values submitted on a procedure's e-form (tờ khai điện tử): raw strings from an HTML form,
 * keyed by {@link FormField#key()}. The portal shows the {@link FieldProblem}s next to their fields and
 * stores what {@link #normalise} returns. Every value is read the same way:
 *
 * <ul>
 * <li>text is put in Unicode NFC (macOS and some Vietnamese keyboards send decomposed accents) and
 * stripped; control characters other than line breaks and tabs are refused;</li>
 * <li>{@code TEXT}: at most {@link FormField#maxLength()} characters;</li>
 * <li>{@code ADDRESS}: the same, and at least two words with three letters in all, so that "12" or
 * "abc" is not taken for an address;</li>
 * <li>{@code NUMBER}: digits with an optional sign and decimal part; "1.000" and "12.500.000" group
 * thousands with dots as Vietnamese writes them (so "1.000" is one thousand), "1,000" with commas as
 * English does, "1.234,5" and "1,234.5" have both; a single dot or comma otherwise marks decimals
 * ("1,5", "2.75"); spaces are ignored. Normalised without separators or trailing zeros ("1000", "1.5");</li>
 * <li>{@code DATE}: {@code dd/MM/yyyy} (also with one-digit day or month, or {@code -} or {@code .} between)
 * or ISO {@code yyyy-MM-dd}, a real calendar day (no 31/02) in the years 1900–2100; normalised to ISO;</li>
 * <li>{@code CHOICE}: one of the options, ignoring case; normalised to the option as written.</li>
 * </ul>
 */
public final class EForms {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

	private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d+)?");

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final int MAX_NUMBER_LENGTH = 40;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private EForms() {
	}

	/** Per-field problems, in field order; empty when valid. Unknown keys are ignored. */
	public static List<FieldProblem> check(List<FormField> fields, Map<String, String> raw) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FormField field : fields) {
			Reading reading = read(field, raw.get(field.key()));
			if (reading.problem() != null) {
				problems.add(reading.problem());
			}
		}
		return problems;
	}

	/**
	 * Trimmed, normalised values (dates ISO yyyy-MM-dd; numbers without thousands separators; choices as
	 * the option is written), only the schema's keys, in field order; optional fields left blank are left
	 * out.
	 *
	 * @throws CatalogException when {@link #check} is not empty
	 */
	public static LinkedHashMap<String, String> normalise(List<FormField> fields, Map<String, String> raw) {
		var values = new LinkedHashMap<String, String>();
		int problems = 0;
		for (FormField field : fields) {
			Reading reading = read(field, raw.get(field.key()));
			if (reading.problem() != null) {
				problems++;
			}
			else if (reading.value() != null) {
				values.put(field.key(), reading.value());
			}
		}
		if (problems > 0) {
			throw new CatalogException("catalog.eform.invalid", problems);
		}
		return values;
	}

	/** A value or why it was refused; neither for an optional field left blank. */
	private record Reading(@Nullable String value, @Nullable FieldProblem problem) {

		static final Reading BLANK = new Reading(null, null);

		static Reading of(String value) {
			return new Reading(value, null);
		}
	}

	private static Reading read(FormField field, @Nullable String raw) {
		String value = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
		if (value.isEmpty()) {
			return field.required() ? refuse(field, "catalog.eform.required") : Reading.BLANK;
		}
		if (CONTROL.matcher(value).find()) {
			return refuse(field, "catalog.eform.control");
		}
		return switch (field.type()) {
			case TEXT -> text(field, value);
			case ADDRESS -> address(field, value);
			case NUMBER -> number(field, value);
			case DATE -> date(field, value);
			case CHOICE -> choice(field, value);
		};
	}

	private static Reading text(FormField field, String value) {
		int max = field.maxLength() == null ? FormField.DEFAULT_MAX_LENGTH : field.maxLength();
		return value.codePointCount(0, value.length()) > max ? refuse(field, "catalog.eform.tooLong", max)
				: Reading.of(value);
	}

	private static Reading address(FormField field, String value) {
		Reading text = text(field, value);
		if (text.problem() != null) {
			return text;
		}
		long letters = value.codePoints().filter(Character::isLetter).count();
		int words = value.split("[\\s,;]+").length;
		return letters < 3 || words < 2 ? refuse(field, "catalog.eform.address") : text;
	}

	private static Reading number(FormField field, String value) {
		BigDecimal number = parseNumber(value);
		if (number == null) {
			return refuse(field, "catalog.eform.number");
		}
		if (field.minValue() != null && number.compareTo(field.minValue()) < 0) {
			return refuse(field, "catalog.eform.number.min", field.minValue());
		}
		if (field.maxValue() != null && number.compareTo(field.maxValue()) > 0) {
			return refuse(field, "catalog.eform.number.max", field.maxValue());
		}
		return Reading.of(number.toPlainString());
	}

	/** The number written in {@code text} without trailing zeros, or {@code null} when it is not one. */
	static @Nullable BigDecimal parseNumber(String text) {
		String s = SPACES.matcher(text).replaceAll("");
		if (s.isEmpty() || s.length() > MAX_NUMBER_LENGTH) {
			return null;
		}
		String sign = "";
		if (s.charAt(0) == '-' || s.charAt(0) == '+') {
			sign = s.charAt(0) == '-' ? "-" : "";
			s = s.substring(1);
		}
		String digits;
		if (DOT_GROUPS.matcher(s).matches()) {
			digits = s.replace(".", "").replace(',', '.');
		}
		else if (COMMA_GROUPS.matcher(s).matches()) {
			digits = s.replace(",", "");
		}
		else if (PLAIN.matcher(s).matches()) {
			digits = s.replace(',', '.');
		}
		else {
			return null;
		}
		BigDecimal number = new BigDecimal(sign + digits).stripTrailingZeros();
		return number.scale() < 0 ? number.setScale(0) : number;
	}

	private static Reading date(FormField field, String value) {
		LocalDate date = parseDate(value);
		return date == null ? refuse(field, "catalog.eform.date") : Reading.of(date.toString());
	}

	/** The calendar day written in {@code text}, or {@code null} when it is not a real one in 1900–2100. */
	static @Nullable LocalDate parseDate(String text) {
		Matcher dayFirst = DAY_FIRST.matcher(text);
		Matcher iso = ISO.matcher(text);
		try {
			LocalDate date;
			if (dayFirst.matches()) {
				date = LocalDate.of(Integer.parseInt(dayFirst.group(4)), Integer.parseInt(dayFirst.group(3)),
						Integer.parseInt(dayFirst.group(1)));
			}
			else if (iso.matches()) {
				date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)));
			}
			else {
				return null;
			}
			return date.getYear() < 1900 || date.getYear() > 2100 ? null : date;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static Reading choice(FormField field, String value) {
		for (String option : field.options()) {
			if (option.equals(value) || option.toLowerCase(VIETNAMESE).equals(value.toLowerCase(VIETNAMESE))) {
				return Reading.of(option);
			}
		}
		return refuse(field, "catalog.eform.choice", field.optionsText());
	}

	private static Reading refuse(FormField field, String messageKey, Object... more) {
		List<Object> args = new ArrayList<>();
		args.add(field.label());
		args.addAll(List.of(more));
		return new Reading(null, new FieldProblem(field.key(), messageKey, args));
	}
}
