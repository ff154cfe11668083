package org.openprovince.catalog.transfer;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.FormField;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.LegalBasis;
import org.openprovince.catalog.ProcedureContent;
import org.openprovince.catalog.ProcedureResult;
import org.openprovince.catalog.ProcedureStep;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.PublishingDecision;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.catalog.TimeLimit;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes procedures in the shape of the national procedure database (spec §2.2, keys verified in
 * {@code VietOpenCPS/opencps-v2} DVCQGIntegrationActionTerm and its LayThuTuc reader): {@code {"result":
 * [ … ]}} with MATTHC, TENTTHC, LINHVUCTHUCHIEN{MALINHVUC, TENLINHVUC}, TRINHTUTHUCHIEN{TRUONGHOP,
 * TRINHTU{TENTRINHTU}}, CACHTHUCTHUCHIEN{KENH, THOIGIAN{THOIGIANGIAIQUYET, DONVITINH, MOTA,
 * PHILEPHI{MAPHILEPHI, SOTIEN, DONVI, MOTA}}}, THANHPHANHOSO{TRUONGHOP, GIAYTO{MAGIAYTO, TENGIAYTO,
 * TENMAUDON, URL}}, YEUCAU, MOTADOITUONGTHUCHIEN, KETQUATHUCHIEN{MAKETQUA, TENKETQUA},
 * CANCUPHAPLY{SOVANBAN, TENVANBAN}, COQUANTHUCHIEN{TENDONVI}.
 *
 * <p>Parts the verified keys do not carry use keys in the same style, our assumption [I]: CAPTHUCHIEN
 * {TENCAP}, COQUANCOTHAMQUYEN{TENDONVI}, GIAYTO.SOBANCHINH / SOBANSAO / BATBUOC, PHILEPHI.LOAIPHILEPHI
 * ("Phí"/"Lệ phí") and MIENGIAM, MUCDO (2, 3, 4 as the vendor's MucDo, spec §8.1), QUYETDINHCONGBO
 * {SOQUYETDINH, NGAYBANHANH, COQUANBANHANH}, NGAYHIEULUC and GHICHU. Dates are dd/MM/yyyy.
 *
 * <p>The province's e-form (not part of the national database) goes under TOKHAIDIENTU, only when the
 * procedure has one: {MATRUONG, TENTRUONG, KIEUDULIEU (TEXT, NUMBER, DATE, CHOICE, ADDRESS), BATBUOC,
 * LUACHON [ … ], GOIY, DODAITOIDA, GIATRINHONHAT, GIATRILONNHAT}.
 */
public final class NationalJsonWriter {

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public void write(List<ProcedureVersion> versions, OutputStream out) {
		json.writeValue(out, document(versions));
	}

	public byte[] write(List<ProcedureVersion> versions) {
		return json.writeValueAsBytes(document(versions));
	}

	private ObjectNode document(List<ProcedureVersion> versions) {
		ObjectNode root = json.createObjectNode();
		ArrayNode result = root.putArray("result");
		for (ProcedureVersion version : versions) {
			record(result.addObject(), version);
		}
		return root;
	}

	private static void record(ObjectNode node, ProcedureVersion version) {
		ProcedureContent content = version.content();
		node.put("MATTHC", version.code().value());
		node.put("TENTTHC", content.name());
		ObjectNode field = node.putArray("LINHVUCTHUCHIEN").addObject();
		field.put("MALINHVUC", content.field().code());
		field.put("TENLINHVUC", content.field().name());
		ArrayNode levels = node.putArray("CAPTHUCHIEN");
		for (ImplementingLevel level : content.levels()) {
			levels.addObject().put("TENCAP", level.nationalLabel());
		}
		node.putArray("COQUANTHUCHIEN").addObject().put("TENDONVI", content.implementingAgency());
		if (content.competentAgency() != null) {
			node.putArray("COQUANCOTHAMQUYEN").addObject().put("TENDONVI", content.competentAgency());
		}
		node.put("MOTADOITUONGTHUCHIEN", content.targetSubjects());
		ArrayNode steps = node.putArray("TRINHTUTHUCHIEN");
		byCase(content.steps(), ProcedureStep::caseName).forEach((caseName, items) -> {
			ObjectNode group = steps.addObject();
			group.put("TRUONGHOP", caseName);
			ArrayNode list = group.putArray("TRINHTU");
			items.forEach(step -> list.addObject().put("TENTRINHTU", step.description()));
		});
		ArrayNode ways = node.putArray("CACHTHUCTHUCHIEN");
		for (Channel channel : content.channels()) {
			ObjectNode way = ways.addObject();
			way.put("KENH", channel.code());
			ObjectNode time = way.putArray("THOIGIAN").addObject();
			TimeLimit limit = content.timeLimitFor(channel);
			time.put("THOIGIANGIAIQUYET", limit.amount());
			time.put("DONVITINH", limit.unit().nationalLabel());
			time.put("MOTA", content.timeLimitNote() == null ? "" : content.timeLimitNote());
			ArrayNode charges = time.putArray("PHILEPHI");
			for (Fee fee : content.feesFor(channel)) {
				ObjectNode charge = charges.addObject();
				charge.put("MAPHILEPHI", fee.kind().name());
				charge.put("LOAIPHILEPHI", fee.kind().nationalLabel());
				if (fee.amount() != null) {
					charge.put("SOTIEN", fee.amount().longValue());
				}
				charge.put("DONVI", "Đồng");
				charge.put("MOTA", fee.description());
				putIfPresent(charge, "MIENGIAM", fee.exemption());
			}
		}
		ArrayNode documents = node.putArray("THANHPHANHOSO");
		byCase(content.documents(), RequiredDocument::caseName).forEach((caseName, items) -> {
			ObjectNode group = documents.addObject();
			group.put("TRUONGHOP", caseName);
			ArrayNode papers = group.putArray("GIAYTO");
			for (RequiredDocument document : items) {
				ObjectNode paper = papers.addObject();
				paper.put("MAGIAYTO", document.documentCode() == null ? "" : document.documentCode());
				paper.put("TENGIAYTO", document.name());
				paper.put("SOBANCHINH", document.originals());
				paper.put("SOBANSAO", document.copies());
				paper.put("BATBUOC", document.mandatory());
				paper.put("TENMAUDON", document.templateName() == null ? "" : document.templateName());
				paper.put("URL", document.templateUrl() == null ? "" : document.templateUrl());
			}
		});
		node.put("YEUCAU", content.requirements() == null ? "" : content.requirements());
		ArrayNode results = node.putArray("KETQUATHUCHIEN");
		for (ProcedureResult result : content.results()) {
			ObjectNode item = results.addObject();
			item.put("MAKETQUA", result.code() == null ? "" : result.code());
			item.put("TENKETQUA", result.name());
		}
		ArrayNode bases = node.putArray("CANCUPHAPLY");
		for (LegalBasis basis : content.legalBases()) {
			ObjectNode item = bases.addObject();
			item.put("SOVANBAN", basis.number());
			item.put("TENVANBAN", basis.title());
		}
		node.put("MUCDO", content.onlineLevel().code());
		PublishingDecision decision = content.decision();
		if (decision != null) {
			ObjectNode item = node.putObject("QUYETDINHCONGBO");
			item.put("SOQUYETDINH", decision.number());
			item.put("NGAYBANHANH", Dates.format(decision.date()));
			putIfPresent(item, "COQUANBANHANH", decision.issuer());
		}
		node.put("NGAYHIEULUC", Dates.format(version.effectiveFrom()));
		putIfPresent(node, "GHICHU", content.note());
		if (!content.formFields().isEmpty()) {
			ArrayNode form = node.putArray("TOKHAIDIENTU");
			for (FormField formField : content.formFields()) {
				ObjectNode item = form.addObject();
				item.put("MATRUONG", formField.key());
				item.put("TENTRUONG", formField.label());
				item.put("KIEUDULIEU", formField.type().name());
				item.put("BATBUOC", formField.required());
				if (!formField.options().isEmpty()) {
					ArrayNode options = item.putArray("LUACHON");
					formField.options().forEach(options::add);
				}
				putIfPresent(item, "GOIY", formField.hint());
				if (formField.maxLength() != null) {
					item.put("DODAITOIDA", formField.maxLength().intValue());
				}
				if (formField.minValue() != null) {
					item.put("GIATRINHONHAT", formField.minValue());
				}
				if (formField.maxValue() != null) {
					item.put("GIATRILONNHAT", formField.maxValue());
				}
			}
		}
	}

	/** Items grouped by case in order of first appearance; the national shape nests them this way. */
	private static <T> Map<String, List<T>> byCase(List<T> items, java.util.function.Function<T, @Nullable String> caseOf) {
		Map<String, List<T>> groups = new LinkedHashMap<>();
		for (T item : items) {
			String caseName = caseOf.apply(item);
			groups.computeIfAbsent(caseName == null ? "" : caseName, k -> new java.util.ArrayList<>()).add(item);
		}
		return groups;
	}

	private static void putIfPresent(ObjectNode node, String key, @Nullable String value) {
		if (value != null) {
			node.put(key, value);
		}
	}
}
