package org.openprovince.sandboxportal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The checks the national portal makes on what it is sent (spec §9.2 and the wire protocol): required
 * fields, the {@code yyyyMMddHHmmss} dates (real dates, Asia/Ho_Chi_Minh local time), the code lists,
 * the dossier-code format of Circular 01/2018/TT-VPCP art. 19 (spec §6) and the consistency of dates
 * with the status. Every violation is reported, not just the first, so the sender can fix them at once.
 */
final class PayloadRules {

	/** {@code <unit code>-<yyMMdd>-<4 digits>}, the unit code being {@code V1V2V3.Z1Z2.Y1Y2.MX1X2} (spec §6). */
	static final Pattern DOSSIER_CODE = Pattern.compile("^(\\d{3}\\.\\d{2}\\.\\d{2}\\.([A-Z]\\d{2}))-(\\d{6})-\\d{4}$");

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
		.withResolverStyle(ResolverStyle.STRICT);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("uuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** Required in every HoSo. NgayHenTra is required too, except for a dossier refused at reception (3). */
	static final List<String> REQUIRED = List.of("MaHoSo", "MaTTHC", "TenTTHC", "KenhThucHien", "ChuHoSo",
			"NgayTiepNhan", "TrangThaiHoSo", "DonViXuLy", "NgayNopHoSo");

	static final List<String> DATES = List.of("NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy",
			"NgayTuChoi", "NgayNopHoSo");

	static final List<String> SUPPLEMENT_DATES = List.of("NgayBoSung", "NgayTiepNhanBoSung", "NgayHenTraTruoc",
			"NgayHenTraMoi");

	static final List<String> ARRAYS = List.of("DinhDanhCHS", "DSKetNoiCSDL", "TaiLieuNop", "DanhSachLePhi",
			"DanhSachTepDinhKemKhac", "DanhSachHoSoBoSung", "DanhSachGiayToKetQua");

	/** TrangThaiHoSo / TrangThai: the ten DVCQG status codes (spec §3.1). */
	static final Set<String> STATUSES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");

	/** KenhThucHien: 1 at the desk, 2 online, 3 public postal service (spec §8.1). */
	static final Set<String> CHANNELS = Set.of("1", "2", "3");

	/** LoaiDoiTuong: 1 citizen, 2 organisation. */
	static final Set<String> OWNER_KINDS = Set.of("1", "2");

	/** DuocThanhToanTrucTuyen: 0 not online, 1 on DVCQG, 2 through the province's gateway (spec §8.2). */
	static final Set<String> ONLINE_PAYMENT = Set.of("0", "1", "2");

	static final Set<String> FLAGS = Set.of("0", "1");

	private PayloadRules() {
	}

	/**
	 * The violations of one HoSo, none when it is valid.
	 *
	 * @param province the level-1 body every dossier code must belong to (e.g. {@code H99})
	 */
	static List<Violation> hoSo(JsonNode hoSo, String province) {
		var found = new ArrayList<Violation>();
		if (!hoSo.isObject()) {
			found.add(Violation.of("notObject"));
			return found;
		}
		var missing = new ArrayList<>(REQUIRED.stream().filter(field -> absent(hoSo, field)).toList());
		String status = text(hoSo, "TrangThaiHoSo", found);
		if (!"3".equals(status) && absent(hoSo, "NgayHenTra")) {
			missing.add("NgayHenTra");
		}
		if (!missing.isEmpty()) {
			found.addFirst(Violation.of("required", String.join(", ", missing)));
		}
		version(hoSo, found);
		String code = text(hoSo, "MaHoSo", found);
		if (code != null) {
			dossierCode(code, text(hoSo, "DonViXuLy", found), province, found);
		}
		codeList(hoSo, "TrangThaiHoSo", STATUSES, "1–10", found);
		codeList(hoSo, "KenhThucHien", CHANNELS, "1, 2, 3", found);
		codeList(hoSo, "LoaiDoiTuong", OWNER_KINDS, "1, 2", found);
		codeList(hoSo, "DuocThanhToanTrucTuyen", ONLINE_PAYMENT, "0, 1, 2", found);
		codeList(hoSo, "HoSoCoThanhPhanSoHoa", FLAGS, "0, 1", found);
		codeList(hoSo, "TaiKhoanDuocXacThucVoiVNeID", FLAGS, "0, 1", found);
		for (String field : DATES) {
			date(hoSo, field, field, found);
		}
		for (String field : ARRAYS) {
			JsonNode value = hoSo.get(field);
			if (value != null && !value.isNull() && !value.isArray()) {
				found.add(Violation.of("array", field));
			}
		}
		JsonNode supplements = hoSo.get("DanhSachHoSoBoSung");
		if (supplements != null && supplements.isArray()) {
			int i = 0;
			for (JsonNode supplement : supplements.values()) {
				for (String field : SUPPLEMENT_DATES) {
					date(supplement, field, "DanhSachHoSoBoSung[" + i + "]." + field, found);
				}
				i++;
			}
		}
		consistency(hoSo, status, found);
		return found;
	}

	/** The violations of one progress row (QuaTrinh), none when it is valid. */
	static List<Violation> progress(JsonNode row) {
		var found = new ArrayList<Violation>();
		if (!row.isObject()) {
			found.add(Violation.of("notObject"));
			return found;
		}
		var missing = Stream.of("MaHoSo", "NguoiXuLy", "ThoiDiemXuLy", "TrangThai")
			.filter(field -> absent(row, field))
			.toList();
		if (!missing.isEmpty()) {
			found.addFirst(Violation.of("required", String.join(", ", missing)));
		}
		if (stt(row) == null) {
			found.add(Violation.of("stt"));
		}
		String code = text(row, "MaHoSo", found);
		if (code != null && !DOSSIER_CODE.matcher(code).matches()) {
			found.add(Violation.of("code", code));
		}
		codeList(row, "TrangThai", STATUSES, "1–10", found);
		for (String field : List.of("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh")) {
			date(row, field, field, found);
		}
		return found;
	}

	/** STT of a progress row: a positive whole number, or {@code null}. */
	static @Nullable Integer stt(JsonNode row) {
		JsonNode value = row.get("STT");
		return value != null && value.isIntegralNumber() && value.canConvertToInt() && value.intValue() > 0
				? value.intValue() : null;
	}

	/** PhienBan: a non-negative whole number, or {@code null}. */
	static @Nullable Long versionOf(JsonNode hoSo) {
		JsonNode value = hoSo.get("PhienBan");
		return value != null && value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0
				? value.longValue() : null;
	}

	/** A date sent as {@code yyyyMMddHHmmss}, or {@code null} when absent, empty or not a real date. */
	static @Nullable LocalDateTime dateTime(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString() || value.stringValue().isEmpty()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.stringValue(), DATE_TIME);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A day sent as {@code yyyyMMdd}, or {@code null}. */
	static @Nullable LocalDate day(@Nullable JsonNode value) {
		if (value == null || !value.isString()) {
			return null;
		}
		try {
			return LocalDate.parse(value.stringValue(), DAY);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Whether a field is absent, JSON null or a blank string (a value of another type is not absent). */
	static boolean absent(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() || value.isString() && value.stringValue().isBlank();
	}

	/**
	 * A field's text: {@code null} when absent, JSON null or blank. A value of another JSON type is a
	 * violation (the protocol sends codes and dates as strings), reported once.
	 */
	static @Nullable String text(JsonNode node, String field, List<Violation> found) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			var violation = Violation.of("text", field);
			if (!found.contains(violation)) {
				found.add(violation);
			}
			return null;
		}
		String text = value.stringValue().strip();
		return text.isEmpty() ? null : text;
	}

	private static void version(JsonNode hoSo, List<Violation> found) {
		if (versionOf(hoSo) == null) {
			found.add(Violation.of("version"));
		}
	}

	/**
	 * Format, a real reception day in the code, a unit of this province, and DonViXuLy equal to the
	 * code's unit (the receiving agency; Circular 01/2018/TT-VPCP art. 19, spec §6).
	 */
	private static void dossierCode(String code, @Nullable String unit, String province, List<Violation> found) {
		var matcher = DOSSIER_CODE.matcher(code);
		if (!matcher.matches()) {
			found.add(Violation.of("code", code));
			return;
		}
		try {
			LocalDate.parse(matcher.group(3), CODE_DAY);
		}
		catch (DateTimeParseException ex) {
			found.add(Violation.of("codeDay", code, matcher.group(3)));
		}
		if (!matcher.group(2).equals(province)) {
			found.add(Violation.of("codeUnit", code, matcher.group(1), province));
		}
		if (unit != null && !unit.equals(matcher.group(1))) {
			found.add(Violation.of("unitMismatch", unit, code));
		}
	}

	private static void codeList(JsonNode node, String field, Set<String> allowed, String shown,
			List<Violation> found) {
		String value = text(node, field, found);
		if (value != null && !allowed.contains(value)) {
			found.add(Violation.of("codeList", field, value, shown));
		}
	}

	private static void date(JsonNode node, String field, String shownAs, List<Violation> found) {
		String value = text(node, field, found);
		if (value != null && dateTime(node, field) == null) {
			found.add(Violation.of("date", shownAs, value));
		}
	}

	/**
	 * Status 10 (result delivered) needs NgayTra; 9 and 10 (finished) need NgayKetThucXuLy; the
	 * appointment cannot be before the reception (spec §3.1, §4).
	 */
	private static void consistency(JsonNode hoSo, @Nullable String status, List<Violation> found) {
		if ("10".equals(status) && dateTime(hoSo, "NgayTra") == null && !has(found, "NgayTra")) {
			found.add(Violation.of("returnDate"));
		}
		if (("9".equals(status) || "10".equals(status)) && dateTime(hoSo, "NgayKetThucXuLy") == null
				&& !has(found, "NgayKetThucXuLy")) {
			found.add(Violation.of("finishDate", status));
		}
		LocalDateTime received = dateTime(hoSo, "NgayTiepNhan");
		LocalDateTime due = dateTime(hoSo, "NgayHenTra");
		if (received != null && due != null && due.isBefore(received)) {
			found.add(Violation.of("dueBeforeReceived", hoSo.get("NgayHenTra").stringValue(),
					hoSo.get("NgayTiepNhan").stringValue()));
		}
	}

	/** Whether a malformed value of that field is already reported. */
	private static boolean has(List<Violation> found, String field) {
		return found.stream().anyMatch(v -> v.key().endsWith(".date") && v.arguments().getFirst().equals(field));
	}
}
