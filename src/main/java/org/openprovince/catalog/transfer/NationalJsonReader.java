package org.openprovince.catalog.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.FeeKind;
import org.openprovince.catalog.FormField;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.LegalBasis;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureContent;
import org.openprovince.catalog.ProcedureField;
import org.openprovince.catalog.ProcedureResult;
import org.openprovince.catalog.ProcedureStep;
import org.openprovince.catalog.PublishingDecision;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.catalog.TimeLimit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads procedures in the shape of the national procedure database's {@code LayThuTuc} /
 * {@code LayDanhSachTTHC} answers: an object with a {@code result} array, a bare array, or one record.
 * See {@link NationalJsonWriter} for the keys. Every problem is reported with the record's position and
 * the key path (e.g. {@code THANHPHANHOSO[0].GIAYTO[1].SOBANCHINH}); unknown keys are ignored, since
 * national payloads carry many more. Where the national record lacks a value the catalog needs, the
 * reader assumes: one original and no copy, mandatory (GIAYTO without SOBANCHINH/SOBANSAO/BATBUOC);
 * online level "một phần" when there is an online channel, else information only (no MUCDO); no e-form
 * (no TOKHAIDIENTU).
 */
public final class NationalJsonReader {

	/** More records than this in one file is refused: split it. */
	public static final int MAX_RECORDS = 5_000;

	private final JsonMapper json = JsonMapper.builder().build();

	public ParsedFile read(InputStream in) {
		JsonNode root;
		try {
			root = json.readTree(in);
		}
		catch (JacksonException ex) {
			return failed(new CatalogException("catalog.import.json.invalid", ex.getOriginalMessage()));
		}
		List<JsonNode> nodes = root == null ? List.of() : root.isArray() ? list(root) : root.has("result")
				? list(root.get("result")) : root.isObject() && root.has("MATTHC") ? List.of(root) : List.of();
		if (nodes.isEmpty()) {
			return failed(new CatalogException("catalog.import.noRecords"));
		}
		if (nodes.size() > MAX_RECORDS) {
			return failed(new CatalogException("catalog.import.tooManyRecords", MAX_RECORDS));
		}
		List<ImportRecord> records = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Integer> firstRow = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			var record = new RecordReader(nodes.get(i), i + 1, problems).read();
			if (record != null) {
				Integer first = firstRow.putIfAbsent(record.code().value(), record.row());
				if (first != null) {
					problems.add(new ImportProblem(null, record.row(), "MATTHC",
							new CatalogException("catalog.import.duplicate", record.code(), first)));
				}
				else {
					records.add(record);
				}
			}
		}
		return new ParsedFile(records, problems);
	}

	public ParsedFile read(byte[] content) {
		return read(new java.io.ByteArrayInputStream(content));
	}

	private static ParsedFile failed(CatalogException error) {
		return new ParsedFile(List.of(), List.of(new ImportProblem(null, 0, "", error)));
	}

	/** The elements of an array, or the node itself when the source gave one object instead. */
	static List<JsonNode> list(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return List.of();
		}
		if (node.isArray()) {
			List<JsonNode> elements = new ArrayList<>();
			node.values().forEach(elements::add);
			return elements;
		}
		return List.of(node);
	}

	/** Reads one record, noting problems under its position and the path of the faulty key. */
	private static final class RecordReader {

		private final JsonNode node;

		private final int row;

		private final List<ImportProblem> problems;

		private final int problemsBefore;

		RecordReader(JsonNode node, int row, List<ImportProblem> problems) {
			this.node = node;
			this.row = row;
			this.problems = problems;
			this.problemsBefore = problems.size();
		}

		@Nullable ImportRecord read() {
			ProcedureCode code = attempt("MATTHC", () -> ProcedureCode.parse(text(node, "MATTHC")));
			var builder = ProcedureContent.builder().name(text(node, "TENTTHC"));
			List<JsonNode> fields = list(node.get("LINHVUCTHUCHIEN"));
			if (fields.isEmpty()) {
				problem("LINHVUCTHUCHIEN", new CatalogException("catalog.error.field.code.required"));
			}
			else {
				builder.field(attempt("LINHVUCTHUCHIEN[0]",
						() -> new ProcedureField(text(fields.getFirst(), "MALINHVUC"), text(fields.getFirst(), "TENLINHVUC"))));
			}
			builder.levels(levels());
			builder.implementingAgency(agencies("COQUANTHUCHIEN"));
			builder.competentAgency(agencies("COQUANCOTHAMQUYEN"));
			builder.targetSubjects(text(node, "MOTADOITUONGTHUCHIEN"));
			builder.steps(steps());
			builder.documents(documents());
			builder.requirements(text(node, "YEUCAU"));
			builder.results(each("KETQUATHUCHIEN",
					(result, path) -> new ProcedureResult(text(result, "MAKETQUA"), text(result, "TENKETQUA"))));
			builder.legalBases(each("CANCUPHAPLY",
					(basis, path) -> new LegalBasis(text(basis, "SOVANBAN"), text(basis, "TENVANBAN"))));
			channels(builder);
			JsonNode decision = node.get("QUYETDINHCONGBO");
			if (decision != null && decision.isObject()) {
				builder.decision(attempt("QUYETDINHCONGBO", () -> new PublishingDecision(text(decision, "SOQUYETDINH"),
						requiredDate(decision, "NGAYBANHANH", "QUYETDINHCONGBO.NGAYBANHANH"), text(decision, "COQUANBANHANH"))));
			}
			builder.note(text(node, "GHICHU"));
			builder.formFields(each("TOKHAIDIENTU", (field, path) -> new FormField(nonNull(text(field, "MATRUONG")),
					nonNull(text(field, "TENTRUONG")), Labels.formFieldType(nonNull(text(field, "KIEUDULIEU"))),
					bool(field.get("BATBUOC")), options(field.get("LUACHON")), text(field, "GOIY"),
					field.get("DODAITOIDA") == null || field.get("DODAITOIDA").isNull() ? null
							: decimal(field.get("DODAITOIDA")).intValueExact(),
					optionalDecimal(field.get("GIATRINHONHAT")), optionalDecimal(field.get("GIATRILONNHAT")))));
			LocalDate effectiveFrom = date(node, "NGAYHIEULUC", "NGAYHIEULUC");
			ProcedureContent content = null;
			if (problems.size() == problemsBefore) {
				try {
					content = builder.build();
				}
				catch (CatalogException ex) {
					problem(keyOf(ex.messageKey()), ex);
				}
			}
			return code == null || content == null ? null : new ImportRecord(row, code, content, effectiveFrom);
		}

		private Set<ImplementingLevel> levels() {
			Set<ImplementingLevel> levels = EnumSet.noneOf(ImplementingLevel.class);
			List<JsonNode> nodes = list(node.get("CAPTHUCHIEN"));
			for (int i = 0; i < nodes.size(); i++) {
				JsonNode level = nodes.get(i);
				String label = level.isObject() ? text(level, "TENCAP") : level.asString();
				ImplementingLevel parsed = attempt("CAPTHUCHIEN[" + i + "]", () -> Labels.level(label == null ? "" : label));
				if (parsed != null) {
					levels.add(parsed);
				}
			}
			return levels;
		}

		private @Nullable String agencies(String key) {
			List<String> names = new ArrayList<>();
			for (JsonNode agency : list(node.get(key))) {
				String name = agency.isObject() ? text(agency, "TENDONVI") : agency.asString();
				if (name != null && !name.isBlank()) {
					names.add(name.strip());
				}
			}
			return names.isEmpty() ? null : String.join("; ", names);
		}

		private List<ProcedureStep> steps() {
			List<ProcedureStep> steps = new ArrayList<>();
			List<JsonNode> cases = list(node.get("TRINHTUTHUCHIEN"));
			for (int i = 0; i < cases.size(); i++) {
				String caseName = text(cases.get(i), "TRUONGHOP");
				List<JsonNode> items = list(cases.get(i).get("TRINHTU"));
				for (int j = 0; j < items.size(); j++) {
					JsonNode item = items.get(j);
					ProcedureStep step = attempt("TRINHTUTHUCHIEN[" + i + "].TRINHTU[" + j + "]",
							() -> new ProcedureStep(caseName, item.isObject() ? text(item, "TENTRINHTU") : item.asString()));
					if (step != null) {
						steps.add(step);
					}
				}
			}
			return steps;
		}

		private List<RequiredDocument> documents() {
			List<RequiredDocument> documents = new ArrayList<>();
			List<JsonNode> cases = list(node.get("THANHPHANHOSO"));
			for (int i = 0; i < cases.size(); i++) {
				String caseName = text(cases.get(i), "TRUONGHOP");
				List<JsonNode> papers = list(cases.get(i).get("GIAYTO"));
				for (int j = 0; j < papers.size(); j++) {
					JsonNode paper = papers.get(j);
					String path = "THANHPHANHOSO[" + i + "].GIAYTO[" + j + "]";
					Integer originals = integer(paper, "SOBANCHINH", path + ".SOBANCHINH", 1);
					Integer copies = integer(paper, "SOBANSAO", path + ".SOBANSAO", 0);
					Boolean mandatory = attempt(path + ".BATBUOC", () -> bool(paper.get("BATBUOC")));
					if (originals == null || copies == null || mandatory == null) {
						continue;
					}
					RequiredDocument document = attempt(path, () -> new RequiredDocument(caseName,
							text(paper, "TENGIAYTO"), originals, copies, mandatory, text(paper, "TENMAUDON"),
							text(paper, "URL"), text(paper, "MAGIAYTO")));
					if (document != null) {
						documents.add(document);
					}
				}
			}
			return documents;
		}

		/** Channels, time limits and fees, which the national shape lists per channel. */
		private void channels(ProcedureContent.Builder builder) {
			Map<Channel, TimeLimit> limits = new LinkedHashMap<>();
			Map<Fee, Set<Channel>> fees = new LinkedHashMap<>();
			String note = null;
			List<JsonNode> ways = list(node.get("CACHTHUCTHUCHIEN"));
			for (int i = 0; i < ways.size(); i++) {
				JsonNode way = ways.get(i);
				String path = "CACHTHUCTHUCHIEN[" + i + "]";
				Channel channel = attempt(path + ".KENH", () -> way.get("KENH") != null && way.get("KENH").isNumber()
						? Channel.ofCode(way.get("KENH").asInt()) : Labels.channel(nonNull(text(way, "KENH"))));
				if (channel == null) {
					continue;
				}
				List<JsonNode> times = list(way.get("THOIGIAN"));
				if (times.isEmpty()) {
					problem(path + ".THOIGIAN", new CatalogException("catalog.error.timeLimit.required"));
					continue;
				}
				JsonNode time = times.getFirst();
				String timePath = path + ".THOIGIAN[0]";
				BigDecimal amount = attempt(timePath + ".THOIGIANGIAIQUYET", () -> decimal(time.get("THOIGIANGIAIQUYET")));
				TimeLimit limit = amount == null ? null : attempt(timePath, () -> new TimeLimit(amount,
						Labels.unit(nonNull(text(time, "DONVITINH")))));
				if (limit != null) {
					limits.put(channel, limit);
				}
				if (note == null) {
					note = text(time, "MOTA");
				}
				List<JsonNode> charges = list(time.get("PHILEPHI"));
				for (int k = 0; k < charges.size(); k++) {
					JsonNode charge = charges.get(k);
					String feePath = timePath + ".PHILEPHI[" + k + "]";
					Fee fee = attempt(feePath, () -> new Fee(feeKind(charge), null, nonNull(text(charge, "MOTA")),
							charge.get("SOTIEN") == null || charge.get("SOTIEN").isNull() ? null
									: decimal(charge.get("SOTIEN")).longValueExact(),
							text(charge, "MIENGIAM")));
					if (fee != null) {
						fees.computeIfAbsent(fee, f -> EnumSet.noneOf(Channel.class)).add(channel);
					}
				}
			}
			builder.channels(limits.keySet());
			TimeLimit general = limits.getOrDefault(Channel.DIRECT, limits.getOrDefault(Channel.POSTAL,
					limits.get(Channel.ONLINE)));
			builder.timeLimit(general);
			builder.onlineTimeLimit(limits.get(Channel.ONLINE));
			builder.timeLimitNote(note);
			List<Fee> merged = new ArrayList<>();
			fees.forEach((fee, on) -> {
				if (on.containsAll(limits.keySet())) {
					merged.add(fee);
				}
				else {
					on.forEach(channel -> merged.add(new Fee(fee.kind(), channel, fee.description(), fee.amount(),
							fee.exemption())));
				}
			});
			builder.fees(merged);
			JsonNode level = node.get("MUCDO");
			if (level == null || level.isNull()) {
				builder.onlineLevel(limits.containsKey(Channel.ONLINE) ? OnlineLevel.PARTIAL : OnlineLevel.INFORMATION);
			}
			else {
				builder.onlineLevel(attempt("MUCDO", () -> level.isNumber() ? OnlineLevel.ofCode(level.asInt())
						: Labels.onlineLevel(level.asString())));
			}
		}

		private FeeKind feeKind(JsonNode charge) {
			String kind = text(charge, "LOAIPHILEPHI");
			if (kind == null) {
				kind = text(charge, "MAPHILEPHI");
			}
			return kind == null ? FeeKind.CHARGE : Labels.feeKind(kind);
		}

		private <T> List<T> each(String key, java.util.function.BiFunction<JsonNode, String, T> reader) {
			List<T> items = new ArrayList<>();
			List<JsonNode> nodes = list(node.get(key));
			for (int i = 0; i < nodes.size(); i++) {
				JsonNode item = nodes.get(i);
				String path = key + "[" + i + "]";
				T value = attempt(path, () -> reader.apply(item, path));
				if (value != null) {
					items.add(value);
				}
			}
			return items;
		}

		private @Nullable Integer integer(JsonNode parent, String key, String path, int fallback) {
			JsonNode value = parent.get(key);
			if (value == null || value.isNull()) {
				return fallback;
			}
			return attempt(path, () -> {
				if (value.isIntegralNumber()) {
					return value.asInt();
				}
				return Lines.count(value.asString(), fallback);
			});
		}

		private @Nullable LocalDate date(JsonNode parent, String key, String path) {
			String text = text(parent, key);
			return text == null ? null : attempt(path, () -> Dates.parse(text));
		}

		private LocalDate requiredDate(JsonNode parent, String key, String path) {
			String text = text(parent, key);
			if (text == null) {
				throw new CatalogException("catalog.import.date", "");
			}
			return Dates.parse(text);
		}

		private static boolean bool(@Nullable JsonNode value) {
			if (value == null || value.isNull()) {
				return true;
			}
			return value.isBoolean() ? value.asBoolean() : Labels.yesNo(value.asString(), true);
		}

		private static List<String> options(@Nullable JsonNode value) {
			List<String> options = new ArrayList<>();
			for (JsonNode option : list(value)) {
				options.add(option.isNull() ? "" : option.asString());
			}
			return options;
		}

		private static @Nullable BigDecimal optionalDecimal(@Nullable JsonNode value) {
			return value == null || value.isNull() ? null : decimal(value);
		}

		private static BigDecimal decimal(@Nullable JsonNode value) {
			if (value == null || value.isNull()) {
				throw new CatalogException("catalog.import.number", "");
			}
			if (value.isNumber()) {
				return value.decimalValue();
			}
			try {
				return new BigDecimal(value.asString().strip().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				throw new CatalogException("catalog.import.number", value.asString());
			}
		}

		private static @Nullable String text(JsonNode parent, String key) {
			JsonNode value = parent.get(key);
			if (value == null || value.isNull() || value.isContainer()) {
				return null;
			}
			String text = value.asString();
			return text.isBlank() ? null : text.strip();
		}

		private <T> @Nullable T attempt(String path, Supplier<T> reader) {
			try {
				return reader.get();
			}
			catch (CatalogException ex) {
				problem(path, ex);
				return null;
			}
			catch (ArithmeticException ex) {
				problem(path, new CatalogException("catalog.import.integer", ""));
				return null;
			}
		}

		private void problem(String path, CatalogException error) {
			problems.add(new ImportProblem(null, row, path, error));
		}

		/** The key a rule of the whole content is about, for the report. */
		private static String keyOf(String messageKey) {
			String key = messageKey.replace("catalog.error.", "");
			return switch (key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'))) {
				case "name" -> "TENTTHC";
				case "field" -> "LINHVUCTHUCHIEN";
				case "levels" -> "CAPTHUCHIEN";
				case "implementingAgency" -> "COQUANTHUCHIEN";
				case "targetSubjects" -> "MOTADOITUONGTHUCHIEN";
				case "steps" -> "TRINHTUTHUCHIEN";
				case "documents" -> "THANHPHANHOSO";
				case "results" -> "KETQUATHUCHIEN";
				case "legal" -> "CANCUPHAPLY";
				case "onlineLevel", "onlineTimeLimit" -> "MUCDO";
				case "formField", "formFields" -> "TOKHAIDIENTU";
				default -> "CACHTHUCTHUCHIEN";
			};
		}

		private static String nonNull(@Nullable String value) {
			return value == null ? "" : value;
		}
	}
}
