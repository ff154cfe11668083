package org.openprovince.nationalsync;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.FeeKind;
import org.openprovince.catalog.ProcedureField;
import org.openprovince.dossier.DossierAction;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierRecord;
import org.openprovince.dossier.DossierRecord.Party;
import org.openprovince.dossier.DossierRecord.Step;
import org.openprovince.dossier.DossierSnapshot;
import org.openprovince.dossier.OwnerKind;
import org.openprovince.dossier.ReturnMethod;
import org.openprovince.platform.VietnamTime;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The national portal's payloads, field by field (spec §9.2, {@code HoSoDongBoDVC} and
 * {@code QuaTrinhXuLyDongBoDVC}): a dossier for {@code DongBoHoSoMC} and its progress rows for
 * {@code CapNhatTienDoHoSoMC}. Field order is fixed (golden tests). Dates are {@code yyyyMMddHHmmss} in
 * Vietnam time (spec §9.2); an absent date or text is sent as "" (never null); codes are strings.
 */
final class HoSoPayload {

	/** Spec §9.2: {@code DVCQGIntegrationActionTerm.convertDate2String}. */
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(VietnamTime.ZONE);

	/** The procedure data the dossier record does not carry: its field (lĩnh vực) and fees, from the catalog. */
	record ProcedureFacts(@Nullable ProcedureField field, List<Fee> fees) {

		static final ProcedureFacts NONE = new ProcedureFacts(null, List.of());
	}

	private final JsonMapper json;

	private final String publicBaseUrl;

	/** @param publicBaseUrl where citizens reach this application, without a trailing slash */
	HoSoPayload(JsonMapper json, String publicBaseUrl) {
		this.json = json;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/**
	 * The {@code HoSo} object of {@code DongBoHoSoMC}.
	 *
	 * @throws IllegalArgumentException for a dossier without a code (never sent, spec §9.3)
	 */
	ObjectNode hoSo(DossierRecord record, ProcedureFacts procedure) {
		DossierSnapshot s = record.snapshot();
		DossierCode code = requireCode(s);
		// Chủ hồ sơ: the owner when the applicant files for someone else, else the applicant.
		Party owner = record.owner() == null ? record.applicant() : record.owner();
		ObjectNode h = json.createObjectNode();
		h.put("MaHoSo", code.value());
		h.put("MaTTHC", s.procedureCode());
		h.put("TenTTHC", s.procedureName());
		h.put("MaLinhVuc", procedure.field() == null ? "" : procedure.field().code());
		h.put("TenLinhVuc", procedure.field() == null ? "" : procedure.field().name());
		// KenhThucHien 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích (spec §8.1).
		h.put("KenhThucHien", String.valueOf(s.channel().code()));
		h.put("SoGiayToChuHoSo", text(owner.idNumber()));
		h.put("ChuHoSo", owner.name());
		// LoaiDoiTuong 1 công dân, 2 tổ chức/doanh nghiệp.
		h.put("LoaiDoiTuong", record.ownerKind() == OwnerKind.ORGANISATION ? "2" : "1");
		// MaDoiTuong is the applicant's DVCQG account (TechID); our accounts are the province's own.
		h.put("MaDoiTuong", "");
		h.put("ThongTinKhac", otherInformation(record));
		// Contact details: whoever filed the dossier.
		h.put("Email", text(record.applicant().email()));
		h.put("Fax", "");
		h.put("SoDienThoai", text(record.applicant().phone()));
		h.put("TrichYeuHoSo", record.summary() == null || record.summary().isBlank() ? s.procedureName() : record.summary());
		h.put("NgayTiepNhan", date(s.receivedAt()));
		h.put("NgayHenTra", date(s.dueAt()));
		// TrangThaiHoSo "1".."10" (spec §3.1).
		h.put("TrangThaiHoSo", String.valueOf(s.status().code()));
		h.put("NgayTra", date(s.returnedAt()));
		h.put("ThongTinTra", text(record.returnReceiver()));
		h.put("HinhThuc", returnMethod(record.returnMethod()));
		h.put("NgayKetThucXuLy", date(s.finishedAt()));
		// DonViXuLy: the receiving agency's unit code, also the prefix of MaHoSo (protocol).
		h.put("DonViXuLy", record.receivingAgencyCode());
		h.put("GhiChu", refusalReason(record));
		h.put("NoiNopHoSo", record.receivingAgencyName());
		// Spec §8.3: "1" when at least one component was digitised (a scanned or uploaded file).
		h.put("HoSoCoThanhPhanSoHoa", s.digitisedComponents() > 0 ? "1" : "0");
		// Submitted from a citizen account; the province's accounts are verified against VNeID (spec §8.3).
		h.put("TaiKhoanDuocXacThucVoiVNeID", s.citizenAccount() ? "1" : "0");
		// Spec §8.2: 1 paid on DVCQG, 2 paid through the province's gateway (ours), 0 not online.
		h.put("DuocThanhToanTrucTuyen", s.paidOnline() ? "2" : "0");
		h.put("NgayTuChoi", s.refused() || s.status() == DvcqgStatus.REFUSED ? date(refusedAt(record)) : "");
		// NgayNopHoSo: online submission time; at the counter, submission and reception coincide.
		h.put("NgayNopHoSo", date(s.submittedAt() != null ? s.submittedAt() : s.receivedAt()));
		ArrayNode ids = h.putArray("DinhDanhCHS");
		if (owner.idNumber() != null && !owner.idNumber().isBlank()) {
			// LoaiDinhDanh 1 số định danh cá nhân (CCCD), 2 mã số doanh nghiệp / mã số thuế.
			ids.addObject()
				.put("LoaiDinhDanh", record.ownerKind() == OwnerKind.ORGANISATION ? "2" : "1")
				.put("SoDinhDanh", owner.idNumber());
		}
		// No national database was consulted (DSKetNoiCSDL lists them when one is).
		h.putArray("DSKetNoiCSDL");
		ArrayNode documents = h.putArray("TaiLieuNop");
		for (DossierRecord.Component c : record.components()) {
			boolean digitised = c.fileId() != null;
			documents.addObject()
				.put("TepDinhKemId", c.fileId() == null ? "" : c.fileId().toString())
				.put("TenTepDinhKem", c.fileName() == null ? c.name() : c.fileName())
				.put("IsDeleted", false)
				.put("MaThanhPhanHoSo", String.valueOf(c.index()))
				.put("DuongDanTaiTepTin", digitised ? fileLink(s.id(), c.fileId()) : "")
				.put("DuocSoHoa", digitised ? "1" : "0")
				.put("DuocTaiSuDung", "0")
				.put("DuocLayTuKhoDMQG", "0")
				.put("MaKetQuaThayThe", "");
		}
		fees(h.putArray("DanhSachLePhi"), record, procedure.fees(), s.channel());
		ArrayNode others = h.putArray("DanhSachTepDinhKemKhac");
		for (DossierRecord.Component c : record.components()) {
			// Paper copies handed in at the counter (bản chính, bản sao).
			if (c.originals() + c.copies() > 0) {
				others.addObject()
					.put("TenGiayTo", c.name())
					.put("SoLuong", c.originals() + c.copies())
					.put("LoaiGiayTo", c.originals() > 0 ? "1" : "2");
			}
		}
		ArrayNode supplements = h.putArray("DanhSachHoSoBoSung");
		for (DossierRecord.Supplement b : record.supplements()) {
			ObjectNode row = supplements.addObject()
				.put("HoSoBoSungId", code.value() + "-BS" + b.seq())
				.put("NguoiYeuCauBoSung", text(b.requestedBy()))
				.put("NoiDungBoSung", text(b.content()))
				.put("NgayBoSung", date(b.requestedAt()))
				.put("NguoiTiepNhanBoSung", "")
				.put("ThongTinTiepNhan", "")
				.put("NgayTiepNhanBoSung", date(b.completedAt()))
				// TrangThaiBoSung: 1 đang chờ bổ sung, 2 hoàn thành bổ sung (spec §3.2).
				.put("TrangThaiBoSung", b.completedAt() == null ? "1" : "2");
			row.putArray("DanhSachGiayToBoSung");
			row.putArray("DanhSachLePhiBoSung");
			row.put("NgayHenTraTruoc", date(b.dueBefore())).put("NgayHenTraMoi", date(b.dueAfter()));
		}
		ArrayNode results = h.putArray("DanhSachGiayToKetQua");
		DossierRecord.Result result = record.result();
		if (result != null) {
			// Spec §8.3: a result file with its link counts for the 766 indicators 4.1, 4.2 and 4.4.
			results.addObject()
				.put("TenGiayTo", result.summary() != null ? result.summary()
						: result.fileName() != null ? result.fileName() : s.procedureName())
				.put("MaThanhPhanHoSo", "")
				.put("GiayToId", result.fileId() == null ? "" : result.fileId().toString())
				.put("DuongDanTepTinKetQua", result.fileId() == null ? "" : fileLink(s.id(), result.fileId()))
				.put("MaGiayToKetQua", text(result.number()));
		}
		// Our version: the portal keeps the highest it received (protocol).
		h.put("PhienBan", s.version());
		return h;
	}

	/** A {@code QuaTrinh} row of {@code CapNhatTienDoHoSoMC}: one step of the dossier's history. */
	ObjectNode progress(DossierCode code, Step step) {
		return json.createObjectNode()
			.put("MaHoSo", code.value())
			.put("NguoiXuLy", step.actorName())
			// ChucDanh: the step of the internal process the officer acted in (the history keeps no job title).
			.put("ChucDanh", step.stepName())
			.put("ThoiDiemXuLy", date(step.at()))
			.put("PhongBanXuLy", step.agencyName())
			.put("NoiDungXuLy", step.note() == null || step.note().isBlank() ? step.stepName()
					: step.stepName() + ": " + step.note())
			.put("TrangThai", String.valueOf(step.to().code()))
			.put("NgayBatDau", date(step.at()))
			.put("NgayKetThucTheoQuyDinh", date(step.stepDueAt()))
			.put("STT", step.seq());
	}

	static String date(@Nullable Instant instant) {
		return instant == null ? "" : DATE.format(instant);
	}

	static DossierCode requireCode(DossierSnapshot s) {
		if (s.code() == null) {
			throw new IllegalArgumentException("Dossier " + s.id() + " has no code and is not sent");
		}
		return s.code();
	}

	private String fileLink(DossierId dossier, UUID file) {
		// The applicant's own page for the file (after login); the portal only stores the link.
		return publicBaseUrl + "/account/dossiers/" + dossier.value() + "/documents/" + file;
	}

	/** HinhThuc (how the result is returned), numbered like KenhThucHien: 1 at the desk, 2 online, 3 by post. */
	private static String returnMethod(@Nullable ReturnMethod method) {
		if (method == null) {
			return "";
		}
		return switch (method) {
			case COUNTER -> "1";
			case ONLINE -> "2";
			case POST -> "3";
		};
	}

	/** ThongTinKhac: who filed for the owner, and the declared e-form values. */
	private static String otherInformation(DossierRecord record) {
		StringBuilder text = new StringBuilder();
		if (record.owner() != null) {
			text.append("Người nộp hồ sơ: ").append(record.applicant().name());
			if (record.applicant().idNumber() != null) {
				text.append(" (").append(record.applicant().idNumber()).append(')');
			}
		}
		String form = record.form()
			.stream()
			.map(entry -> entry.label() + ": " + entry.value())
			.collect(Collectors.joining("; "));
		if (!form.isEmpty()) {
			text.append(text.isEmpty() ? "" : "; ").append(form);
		}
		return text.toString();
	}

	/** The note of the refusal step, if the dossier was refused (GhiChu). */
	private static String refusalReason(DossierRecord record) {
		return refusalStep(record).map(step -> text(step.note())).orElse("");
	}

	private static @Nullable Instant refusedAt(DossierRecord record) {
		return refusalStep(record).map(Step::at).orElse(record.snapshot().finishedAt());
	}

	private static Optional<Step> refusalStep(DossierRecord record) {
		return record.history()
			.reversed()
			.stream()
			.filter(step -> step.to() == DvcqgStatus.REFUSED || step.action() == DossierAction.REFUSE_RECEPTION
					|| step.action() == DossierAction.PROPOSE_REFUSAL)
			.findFirst();
	}

	/**
	 * DanhSachLePhi (spec §8.2): the fee charged at reception, named after the catalog's fees for the
	 * channel (LoaiPhiLePhi 1 phí, 2 lệ phí, Law 97/2015/QH13 art. 3; HinhThucThu 1 at reception), and the
	 * financial obligation requested during processing (HinhThucThu 4, collected before the return).
	 */
	private static void fees(ArrayNode list, DossierRecord record, List<Fee> catalogFees, Channel channel) {
		Long total = record.feeTotal();
		if (total != null && total > 0) {
			List<Fee> applicable = catalogFees.stream()
				.filter(fee -> fee.channel() == null || fee.channel() == channel)
				.toList();
			FeeKind kind = applicable.stream().map(Fee::kind).distinct().count() == 1 ? applicable.getFirst().kind()
					: FeeKind.CHARGE;
			String name = applicable.isEmpty() ? text(record.feeNote()).isEmpty() ? "Phí, lệ phí" : record.feeNote()
					: applicable.stream().map(Fee::description).collect(Collectors.joining("; "));
			list.addObject()
				.put("TenPhiLePhi", name)
				.put("MaPhiLePhi", "")
				.put("HinhThucThu", "1")
				.put("Gia", total)
				.put("LoaiPhiLePhi", kind == FeeKind.FEE ? "1" : "2");
		}
		Long obligation = record.paymentAmount();
		if (obligation != null && obligation > 0) {
			list.addObject()
				.put("TenPhiLePhi", "Nghĩa vụ tài chính")
				.put("MaPhiLePhi", "")
				.put("HinhThucThu", "4")
				.put("Gia", obligation)
				.put("LoaiPhiLePhi", "2");
		}
	}

	private static String text(@Nullable String value) {
		return Objects.requireNonNullElse(value, "");
	}
}
