package org.openprovince.catalog.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureContent;
import org.openprovince.catalog.ProcedureField;
import org.openprovince.catalog.PublishingDecision;
import org.openprovince.catalog.TimeLimit;
import org.openprovince.catalog.TimeLimitUnit;

/**
 * Reads the catalog sheet ({@value XlsxColumn#SHEET}, or the first sheet) of an xlsx workbook: a header
 * row with the {@link XlsxColumn} headers, then one procedure per row; empty rows are skipped. Every
 * problem names its row, column and, for list cells, the line in the cell.
 */
public final class XlsxReader {

	public ParsedFile read(InputStream in) {
		List<Row> rows;
		String sheetName;
		try (var workbook = new ReadableWorkbook(in)) {
			Sheet sheet = workbook.findSheet(XlsxColumn.SHEET).orElse(workbook.getFirstSheet());
			sheetName = sheet.getName();
			rows = sheet.read();
		}
		catch (IOException | RuntimeException ex) {
			return new ParsedFile(List.of(), List.of(new ImportProblem(null, 0, "",
					new CatalogException("catalog.import.xlsx.invalid"))));
		}
		List<ImportProblem> problems = new ArrayList<>();
		if (rows.isEmpty()) {
			problems.add(new ImportProblem(sheetName, 1, "", new CatalogException("catalog.import.noRecords")));
			return new ParsedFile(List.of(), problems);
		}
		checkHeader(sheetName, rows.getFirst(), problems);
		if (!problems.isEmpty()) {
			return new ParsedFile(List.of(), problems);
		}
		List<Row> data = rows.subList(1, rows.size()).stream().filter(XlsxReader::hasContent).toList();
		if (data.isEmpty()) {
			problems.add(new ImportProblem(sheetName, 2, "", new CatalogException("catalog.import.noRecords")));
		}
		if (data.size() > NationalJsonReader.MAX_RECORDS) {
			problems.add(new ImportProblem(sheetName, 0, "",
					new CatalogException("catalog.import.tooManyRecords", NationalJsonReader.MAX_RECORDS)));
			return new ParsedFile(List.of(), problems);
		}
		List<ImportRecord> records = new ArrayList<>();
		Map<String, Integer> firstRow = new HashMap<>();
		for (Row row : data) {
			ImportRecord record = new RowReader(sheetName, row, problems).read();
			if (record == null) {
				continue;
			}
			Integer first = firstRow.putIfAbsent(record.code().value(), record.row());
			if (first != null) {
				problems.add(new ImportProblem(sheetName, record.row(), XlsxColumn.CODE.label(),
						new CatalogException("catalog.import.duplicate", record.code(), first)));
			}
			else {
				records.add(record);
			}
		}
		return new ParsedFile(records, problems);
	}

	private static void checkHeader(String sheet, Row header, List<ImportProblem> problems) {
		for (XlsxColumn column : XlsxColumn.values()) {
			Cell cell = cell(header, column);
			String text = cell == null ? null : cell.getText();
			if (column.optional() && (text == null || text.isBlank())) {
				continue;
			}
			if (text == null || !Labels.fold(text).equals(Labels.fold(column.header()))) {
				problems.add(new ImportProblem(sheet, header.getRowNum(), column.label(),
						new CatalogException("catalog.import.xlsx.header", column.letter(), column.header())));
			}
		}
	}

	/** The row's cell in {@code column}, or {@code null} when the row ends before it. */
	private static @Nullable Cell cell(Row row, XlsxColumn column) {
		return column.ordinal() < row.getCellCount() ? row.getCell(column.ordinal()) : null;
	}

	private static boolean hasContent(Row row) {
		return row.stream().anyMatch(cell -> cell != null && cell.getType() != CellType.EMPTY
				&& !cell.getText().isBlank());
	}

	/** Reads one row, noting problems under its row number and column. */
	private static final class RowReader {

		private final String sheet;

		private final Row row;

		private final List<ImportProblem> problems;

		private final int before;

		RowReader(String sheet, Row row, List<ImportProblem> problems) {
			this.sheet = sheet;
			this.row = row;
			this.problems = problems;
			this.before = problems.size();
		}

		@Nullable ImportRecord read() {
			ProcedureCode code = attempt(XlsxColumn.CODE, () -> ProcedureCode.parse(text(XlsxColumn.CODE)));
			var builder = ProcedureContent.builder().name(text(XlsxColumn.NAME));
			builder.field(attempt(XlsxColumn.FIELD_CODE,
					() -> new ProcedureField(text(XlsxColumn.FIELD_CODE), text(XlsxColumn.FIELD_NAME))));
			Set<ImplementingLevel> levels = EnumSet.noneOf(ImplementingLevel.class);
			for (String level : items(XlsxColumn.LEVELS)) {
				ImplementingLevel parsed = attempt(XlsxColumn.LEVELS, () -> Labels.level(level));
				if (parsed != null) {
					levels.add(parsed);
				}
			}
			builder.levels(levels);
			builder.implementingAgency(text(XlsxColumn.IMPLEMENTING_AGENCY));
			builder.competentAgency(text(XlsxColumn.COMPETENT_AGENCY));
			builder.targetSubjects(text(XlsxColumn.TARGET_SUBJECTS));
			Set<Channel> channels = EnumSet.noneOf(Channel.class);
			for (String channel : items(XlsxColumn.CHANNELS)) {
				Channel parsed = attempt(XlsxColumn.CHANNELS, () -> Labels.channel(channel));
				if (parsed != null) {
					channels.add(parsed);
				}
			}
			builder.channels(channels);
			TimeLimitUnit unit = attempt(XlsxColumn.TIME_UNIT, () -> Labels.unit(nonNull(text(XlsxColumn.TIME_UNIT))));
			BigDecimal amount = number(XlsxColumn.TIME_LIMIT);
			if (unit != null && amount != null) {
				builder.timeLimit(attempt(XlsxColumn.TIME_LIMIT, () -> new TimeLimit(amount, unit)));
			}
			else if (amount == null && text(XlsxColumn.TIME_LIMIT) == null) {
				problem(XlsxColumn.TIME_LIMIT, new CatalogException("catalog.error.timeLimit.required"));
			}
			BigDecimal online = number(XlsxColumn.ONLINE_TIME_LIMIT);
			if (unit != null && online != null) {
				builder.onlineTimeLimit(attempt(XlsxColumn.ONLINE_TIME_LIMIT, () -> new TimeLimit(online, unit)));
			}
			builder.timeLimitNote(text(XlsxColumn.TIME_NOTE));
			builder.onlineLevel(attempt(XlsxColumn.ONLINE_LEVEL,
					() -> Labels.onlineLevel(nonNull(text(XlsxColumn.ONLINE_LEVEL)))));
			builder.steps(lines(XlsxColumn.STEPS, Lines.steps(text(XlsxColumn.STEPS))));
			builder.documents(lines(XlsxColumn.DOCUMENTS, Lines.documents(text(XlsxColumn.DOCUMENTS))));
			builder.fees(lines(XlsxColumn.FEES, Lines.fees(text(XlsxColumn.FEES))));
			builder.results(lines(XlsxColumn.RESULTS, Lines.results(text(XlsxColumn.RESULTS))));
			builder.legalBases(lines(XlsxColumn.LEGAL_BASES, Lines.legalBases(text(XlsxColumn.LEGAL_BASES))));
			builder.requirements(text(XlsxColumn.REQUIREMENTS));
			String decisionNumber = text(XlsxColumn.DECISION_NUMBER);
			LocalDate decisionDate = date(XlsxColumn.DECISION_DATE);
			if (decisionNumber != null || decisionDate != null) {
				if (decisionDate == null) {
					problem(XlsxColumn.DECISION_DATE, new CatalogException("catalog.import.date", ""));
				}
				else {
					builder.decision(attempt(XlsxColumn.DECISION_NUMBER, () -> new PublishingDecision(
							nonNull(decisionNumber), decisionDate, text(XlsxColumn.DECISION_ISSUER))));
				}
			}
			LocalDate effectiveFrom = date(XlsxColumn.EFFECTIVE_FROM);
			builder.note(text(XlsxColumn.NOTE));
			builder.formFields(lines(XlsxColumn.FORM_FIELDS, Lines.formFields(text(XlsxColumn.FORM_FIELDS))));
			ProcedureContent content = null;
			if (problems.size() == before) {
				try {
					content = builder.build();
				}
				catch (CatalogException ex) {
					problem(columnOf(ex.messageKey()), ex);
				}
			}
			return code == null || content == null ? null
					: new ImportRecord(row.getRowNum(), code, content, effectiveFrom);
		}

		private <T> List<T> lines(XlsxColumn column, Lines.Parsed<T> parsed) {
			for (Lines.LineProblem line : parsed.problems()) {
				problem(column, new CatalogException("catalog.import.line", line.line(), line.error().getMessage()));
			}
			return parsed.items();
		}

		private List<String> items(XlsxColumn column) {
			String text = text(column);
			if (text == null) {
				return List.of();
			}
			return List.of(text.split("\\s*[,;\\n]\\s*")).stream().filter(s -> !s.isBlank()).toList();
		}

		private @Nullable String text(XlsxColumn column) {
			Cell cell = cell(row, column);
			if (cell == null || cell.getType() == CellType.EMPTY) {
				return null;
			}
			String text = cell.getType() == CellType.NUMBER ? cell.asNumber().stripTrailingZeros().toPlainString()
					: cell.getText();
			return text == null || text.isBlank() ? null : text.strip();
		}

		private @Nullable BigDecimal number(XlsxColumn column) {
			Cell cell = cell(row, column);
			if (cell != null && cell.getType() == CellType.NUMBER) {
				return cell.asNumber();
			}
			String text = text(column);
			if (text == null) {
				return null;
			}
			return attempt(column, () -> {
				try {
					return new BigDecimal(text.replace(',', '.'));
				}
				catch (NumberFormatException ex) {
					throw new CatalogException("catalog.import.number", text);
				}
			});
		}

		private @Nullable LocalDate date(XlsxColumn column) {
			Cell cell = cell(row, column);
			if (cell != null && cell.getType() == CellType.NUMBER) {
				return attempt(column, () -> {
					try {
						return cell.asDate().toLocalDate();
					}
					catch (RuntimeException ex) {
						throw new CatalogException("catalog.import.date", cell.getText());
					}
				});
			}
			String text = text(column);
			return text == null ? null : attempt(column, () -> Dates.parse(text));
		}

		private <T> @Nullable T attempt(XlsxColumn column, Supplier<T> reader) {
			try {
				return reader.get();
			}
			catch (CatalogException ex) {
				problem(column, ex);
				return null;
			}
		}

		private void problem(XlsxColumn column, CatalogException error) {
			problems.add(new ImportProblem(sheet, row.getRowNum(), column.label(), error));
		}

		private static XlsxColumn columnOf(String messageKey) {
			String key = messageKey.replace("catalog.error.", "");
			return switch (key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'))) {
				case "name" -> XlsxColumn.NAME;
				case "field" -> XlsxColumn.FIELD_CODE;
				case "levels" -> XlsxColumn.LEVELS;
				case "implementingAgency" -> XlsxColumn.IMPLEMENTING_AGENCY;
				case "targetSubjects" -> XlsxColumn.TARGET_SUBJECTS;
				case "steps", "step" -> XlsxColumn.STEPS;
				case "documents", "document" -> XlsxColumn.DOCUMENTS;
				case "fee" -> XlsxColumn.FEES;
				case "results", "result" -> XlsxColumn.RESULTS;
				case "legal" -> XlsxColumn.LEGAL_BASES;
				case "onlineLevel" -> XlsxColumn.ONLINE_LEVEL;
				case "onlineTimeLimit" -> XlsxColumn.ONLINE_TIME_LIMIT;
				case "timeLimit" -> XlsxColumn.TIME_LIMIT;
				case "formField", "formFields" -> XlsxColumn.FORM_FIELDS;
				default -> XlsxColumn.CHANNELS;
			};
		}

		private static String nonNull(@Nullable String value) {
			return value == null ? "" : value;
		}
	}
}
