package org.openprovince.catalog.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.FormField;
import org.openprovince.catalog.FormFieldType;
import org.openprovince.catalog.LegalBasis;
import org.openprovince.catalog.ProcedureResult;
import org.openprovince.catalog.ProcedureStep;
import org.openprovince.catalog.RequiredDocument;

/**
 * The text form of a procedure's lists, one item per line with fields separated by {@code |}, as in an
 * xlsx cell or a text area of the edit page (works without JavaScript). A line {@code # Trường hợp …}
 * starts a case (trường hợp) for the steps and documents below it; blank lines are skipped.
 *
 * <ul>
 * <li>steps: {@code Bước 1: …}</li>
 * <li>documents: {@code name | originals | copies | mandatory (Có/Không) | template name | template URL | code}</li>
 * <li>fees: {@code Phí or Lệ phí | description | amount in đồng (blank: varies) | exemption | channel (blank: all)}</li>
 * <li>results: {@code name | code}</li>
 * <li>legal bases: {@code number | title}</li>
 * <li>e-form fields: {@code key | label | type (Văn bản, Số, Ngày, Lựa chọn, Địa chỉ) | required (Có/Không) |
 * options separated by ; | hint | limit}, the limit being the most characters of text and addresses
 * (blank: 500) or {@code min..max} of numbers (either side may be blank)</li>
 * </ul>
 */
public final class Lines {

	private static final String SEPARATOR = " | ";

	private Lines() {
	}

	/** Items read from text, and the problems of the lines that could not be read (line numbers from 1). */
	public record Parsed<T>(List<T> items, List<LineProblem> problems) {
	}

	public record LineProblem(int line, CatalogException error) {
	}

	public static Parsed<ProcedureStep> steps(@Nullable String text) {
		return parse(text, (fields, caseName) -> new ProcedureStep(caseName, String.join(SEPARATOR, fields)));
	}

	public static Parsed<RequiredDocument> documents(@Nullable String text) {
		return parse(text, (f, caseName) -> new RequiredDocument(caseName, field(f, 0), count(field(f, 1), 1),
				count(field(f, 2), 0), Labels.yesNo(field(f, 3), true), field(f, 4), field(f, 5), field(f, 6)));
	}

	public static Parsed<Fee> fees(@Nullable String text) {
		return parse(text, (f, caseName) -> {
			String amount = field(f, 2);
			String channel = field(f, 4);
			return new Fee(Labels.feeKind(nonNull(field(f, 0))), channel == null ? null : Labels.channel(channel),
					nonNull(field(f, 1)), amount == null ? null : amount(amount), field(f, 3));
		});
	}

	public static Parsed<ProcedureResult> results(@Nullable String text) {
		return parse(text, (f, caseName) -> new ProcedureResult(field(f, 1), nonNull(field(f, 0))));
	}

	public static Parsed<LegalBasis> legalBases(@Nullable String text) {
		return parse(text, (f, caseName) -> new LegalBasis(nonNull(field(f, 0)), nonNull(field(f, 1))));
	}

	public static Parsed<FormField> formFields(@Nullable String text) {
		return parse(text, (f, caseName) -> {
			FormFieldType type = Labels.formFieldType(nonNull(field(f, 2)));
			String options = field(f, 4);
			String limit = field(f, 6);
			Integer maxLength = null;
			BigDecimal min = null;
			BigDecimal max = null;
			if (limit != null && type == FormFieldType.NUMBER) {
				int dots = limit.indexOf("..");
				if (dots < 0) {
					throw new CatalogException("catalog.import.formFieldBounds", limit);
				}
				min = bound(limit.substring(0, dots));
				max = bound(limit.substring(dots + 2));
			}
			else if (limit != null) {
				maxLength = count(limit, FormField.DEFAULT_MAX_LENGTH);
			}
			return new FormField(nonNull(field(f, 0)), nonNull(field(f, 1)), type, Labels.yesNo(field(f, 3), true),
					options == null ? List.of() : List.of(options.split("\\s*;\\s*")), field(f, 5), maxLength, min, max);
		});
	}

	public static String formatSteps(List<ProcedureStep> steps) {
		return format(steps, ProcedureStep::caseName, s -> List.of(s.description()));
	}

	public static String formatDocuments(List<RequiredDocument> documents) {
		return format(documents, RequiredDocument::caseName,
				d -> trimmed(d.name(), String.valueOf(d.originals()), String.valueOf(d.copies()),
						Labels.yesNoLabel(d.mandatory()), d.templateName(), d.templateUrl(), d.documentCode()));
	}

	public static String formatFees(List<Fee> fees) {
		return format(fees, f -> null,
				f -> trimmed(f.kind().nationalLabel(), f.description(), f.amount() == null ? null : f.amount().toString(),
						f.exemption(), f.channel() == null ? null : f.channel().nationalLabel()));
	}

	public static String formatResults(List<ProcedureResult> results) {
		return format(results, r -> null, r -> trimmed(r.name(), r.code()));
	}

	public static String formatLegalBases(List<LegalBasis> bases) {
		return format(bases, b -> null, b -> List.of(b.number(), b.title()));
	}

	public static String formatFormFields(List<FormField> fields) {
		return format(fields, f -> null, f -> trimmed(f.key(), f.label(), Labels.formFieldTypeLabel(f.type()),
				Labels.yesNoLabel(f.required()), String.join("; ", f.options()), f.hint(), limit(f)));
	}

	private static @Nullable String limit(FormField field) {
		if (field.type() == FormFieldType.NUMBER && (field.minValue() != null || field.maxValue() != null)) {
			return (field.minValue() == null ? "" : field.minValue().toPlainString()) + ".."
					+ (field.maxValue() == null ? "" : field.maxValue().toPlainString());
		}
		Integer maxLength = field.maxLength();
		return maxLength == null || maxLength == FormField.DEFAULT_MAX_LENGTH ? null : maxLength.toString();
	}

	private static @Nullable BigDecimal bound(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new CatalogException("catalog.import.number", text.strip());
		}
	}

	/** A whole number of đồng: digits with optional thousands dots or commas ("135.000"). */
	static long amount(String text) {
		String digits = text.strip().replace(".", "").replace(",", "").replace(" ", "").replace("đ", "");
		try {
			return new BigDecimal(digits).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new CatalogException("catalog.import.integer", text.strip());
		}
	}

	static int count(@Nullable String text, int fallback) {
		if (text == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new CatalogException("catalog.import.integer", text.strip());
		}
	}

	private static <T> Parsed<T> parse(@Nullable String text, BiFunction<List<String>, @Nullable String, T> item) {
		List<T> items = new ArrayList<>();
		List<LineProblem> problems = new ArrayList<>();
		if (text == null) {
			return new Parsed<>(items, problems);
		}
		String caseName = null;
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("#")) {
				caseName = line.substring(1).strip();
				caseName = caseName.isEmpty() ? null : caseName;
				continue;
			}
			try {
				items.add(item.apply(List.of(line.split("\\s*\\|\\s*", -1)), caseName));
			}
			catch (CatalogException ex) {
				problems.add(new LineProblem(i + 1, ex));
			}
		}
		return new Parsed<>(items, problems);
	}

	private static <T> String format(List<T> items, java.util.function.Function<T, @Nullable String> caseOf,
			java.util.function.Function<T, List<String>> fields) {
		var text = new StringBuilder();
		String currentCase = null;
		for (T item : items) {
			String caseName = caseOf.apply(item);
			if (caseName != null && !caseName.equals(currentCase)) {
				text.append("# ").append(caseName).append('\n');
			}
			else if (caseName == null && currentCase != null) {
				text.append("#\n"); // back to steps of every case
			}
			currentCase = caseName;
			text.append(String.join(SEPARATOR, fields.apply(item))).append('\n');
		}
		return text.toString().stripTrailing();
	}

	/** The fields with trailing empty ones left out; inner empty ones stay as blanks. */
	private static List<String> trimmed(@Nullable String... fields) {
		int last = fields.length - 1;
		while (last > 0 && (fields[last] == null || fields[last].isBlank())) {
			last--;
		}
		List<String> kept = new ArrayList<>();
		for (int i = 0; i <= last; i++) {
			kept.add(fields[i] == null ? "" : fields[i]);
		}
		return kept;
	}

	private static @Nullable String field(List<String> fields, int index) {
		if (index >= fields.size()) {
			return null;
		}
		String value = fields.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	// The value objects report a blank required field with the right message.
	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}
}
