package org.openprovince.nationalsync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.FeeKind;
import org.openprovince.catalog.ProcedureField;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.dossier.DossierAction;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierRecord;
import org.openprovince.dossier.DossierRecord.Component;
import org.openprovince.dossier.DossierRecord.Party;
import org.openprovince.dossier.DossierRecord.Result;
import org.openprovince.dossier.DossierRecord.Step;
import org.openprovince.dossier.DossierRecord.Supplement;
import org.openprovince.dossier.DossierSnapshot;
import org.openprovince.dossier.FormEntry;
import org.openprovince.dossier.OwnerKind;
import org.openprovince.dossier.Rating;
import org.openprovince.dossier.ReturnMethod;
import org.openprovince.nationalsync.HoSoPayload.ProcedureFacts;
import org.openprovince.organization.AgencyId;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national payloads field by field (spec §9.2) on a dossier with every field filled, compared with
 * the golden files in {@code src/test/resources/nationalsync/} character by character (field order
 * included). Times: 2026-11-20T01:30:00Z is 20/11/2026 08:30 in Vietnam (UTC+7), so "20261120083000".
 */
class HoSoPayloadGoldenTests {

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	static final HoSoPayload PAYLOAD = new HoSoPayload(JSON, "https://dichvucong.songhong.gov.vn/");

	static final DossierId ID = new DossierId(UUID.fromString("0b9d7a52-6a0e-4d8e-9a3c-2f1f0c3c0001"));

	static final DossierCode CODE = new DossierCode("000.00.09.H99-261120-0007");

	static final UUID SCAN = UUID.fromString("5f0c7a52-0000-4d8e-9a3c-000000000001");

	static final UUID RESULT = UUID.fromString("5f0c7a52-0000-4d8e-9a3c-000000000002");

	static Instant at(String utc) {
		return Instant.parse(utc);
	}

	/** A dossier received at the provincial center, supplemented once, paid online, returned and rated. */
	static DossierRecord returnedDossier() {
		var snapshot = new DossierSnapshot(ID, CODE, 14, at("2026-11-27T03:00:00Z"),
				new ProcedureId(UUID.fromString("1c0c7a52-0000-4d8e-9a3c-000000000009")), "1.001234", "Cấp Phiếu lý lịch tư pháp",
				new AgencyId(UUID.fromString("2c0c7a52-0000-4d8e-9a3c-000000000001")),
				new AgencyId(UUID.fromString("2c0c7a52-0000-4d8e-9a3c-000000000002")), Channel.ONLINE, DvcqgStatus.RETURNED,
				false, at("2026-11-19T16:45:10Z"), at("2026-11-20T01:30:00Z"), at("2026-11-27T10:00:00Z"),
				at("2026-11-30T10:00:00Z"), at("2026-11-26T08:15:00Z"), at("2026-11-27T03:00:00Z"), 1, Duration.ofHours(20),
				null, true, true, 2, 1, true, Rating.VERY_SATISFIED, true);
		return new DossierRecord(snapshot, "000.00.09.H99", "Trung tâm Phục vụ hành chính công tỉnh",
				"Sở Tư pháp", OwnerKind.PERSON,
				new Party("Trần Thị Bình", "001090012345", "0912345678", "binh@example.vn", "Số 1 Tràng Tiền"),
				new Party("Trần Văn An", "001060054321", null, null, "Số 3 Hàng Bài"), "Cấp Phiếu lý lịch tư pháp số 1",
				List.of(new FormEntry("purpose", "Mục đích", "Xin việc"), new FormEntry("copies", "Số bản", "2")), 200_000L,
				"thu trước", 50_000L, at("2026-11-19T16:50:00Z"), "OP-26E/0000123",
				List.of(new Component(1, "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", 1, 0, SCAN, "to-khai.pdf"),
						new Component(2, "Bản sao Căn cước", 0, 1, null, null)),
				List.of(new Supplement(1, at("2026-11-21T02:00:00Z"), at("2026-11-21T22:00:00Z"), "Nguyễn Văn Cường",
						"Bổ sung bản sao sổ hộ khẩu", at("2026-11-27T10:00:00Z"), at("2026-11-30T10:00:00Z"))),
				new Result("123/PLLTP", "Hoàng Văn Nam", LocalDate.of(2026, 11, 26), "Phiếu lý lịch tư pháp số 1", RESULT,
						"phieu-lltp.pdf"),
				ReturnMethod.ONLINE, "Trần Thị Bình", List.of(
						new Step(1, DossierAction.SUBMIT, null, DvcqgStatus.SUBMITTED, "Nộp hồ sơ trực tuyến",
								"Trung tâm Phục vụ hành chính công tỉnh", "Trần Thị Bình", at("2026-11-19T16:45:10Z"), null, null),
						new Step(2, DossierAction.ACCEPT, DvcqgStatus.SUBMITTED, DvcqgStatus.RECEIVED, "Tiếp nhận hồ sơ",
								"Trung tâm Phục vụ hành chính công tỉnh", "Lê Văn Tiếp", at("2026-11-20T01:30:00Z"),
								at("2026-11-20T09:30:00Z"), "Hồ sơ đủ thành phần")));
	}

	static ProcedureFacts facts() {
		return new ProcedureFacts(new ProcedureField("G09-TP10", "Lý lịch tư pháp"),
				List.of(new Fee(FeeKind.CHARGE, null, "Lệ phí cấp Phiếu lý lịch tư pháp", 200_000L, null),
						new Fee(FeeKind.CHARGE, Channel.DIRECT, "Lệ phí tại quầy", 210_000L, null)));
	}

	@Test
	void dossierPayloadMatchesTheGoldenFile() throws IOException {
		String actual = JSON.writeValueAsString(PAYLOAD.hoSo(returnedDossier(), facts()));
		assertThat(actual).isEqualTo(golden("golden-dongbohoso.json"));
	}

	@Test
	void progressRowsMatchTheGoldenFile() throws IOException {
		ArrayNode rows = JSON.createArrayNode();
		returnedDossier().history().forEach(step -> rows.add(PAYLOAD.progress(CODE, step)));
		assertThat(JSON.writeValueAsString(rows)).isEqualTo(golden("golden-capnhattiendo.json"));
	}

	@Test
	void datesAreVietnamTimeAndAbsentOnesEmpty() {
		assertThat(HoSoPayload.date(at("2026-11-20T17:00:00Z"))).isEqualTo("20261121000000");
		assertThat(HoSoPayload.date(null)).isEmpty();
	}

	@Test
	void aRefusalCarriesItsDateAndReasonAndAnOrganisationIsKindTwo() {
		DossierRecord r = returnedDossier();
		var s = r.snapshot();
		var refusedSnapshot = new DossierSnapshot(s.id(), s.code(), 5, s.changedAt(), s.procedureId(), s.procedureCode(),
				s.procedureName(), s.receivingAgency(), s.competentAgency(), Channel.DIRECT, DvcqgStatus.DONE, true,
				null, s.receivedAt(), s.originalDueAt(), s.dueAt(), at("2026-11-24T02:00:00Z"), null, 0, Duration.ZERO,
				null, false, false, 2, 0, false, null, false);
		var refusal = new Step(3, DossierAction.PROPOSE_REFUSAL, DvcqgStatus.PROCESSING, DvcqgStatus.DONE, "Thẩm định",
				"Sở Tư pháp", "Nguyễn Văn Cường", at("2026-11-24T02:00:00Z"), null, "Không đủ điều kiện cấp phiếu");
		var refused = new DossierRecord(refusedSnapshot, r.receivingAgencyCode(), r.receivingAgencyName(),
				r.competentAgencyName(), OwnerKind.ORGANISATION, r.applicant(),
				new Party("Công ty TNHH Sông Hồng", "0101234567", null, null, null), null, List.of(), null, null, null, null,
				null, List.of(), List.of(), null, null, null, List.of(r.history().get(1), refusal));

		var hoSo = PAYLOAD.hoSo(refused, ProcedureFacts.NONE);

		assertThat(hoSo.get("NgayTuChoi").asString()).isEqualTo("20261124090000");
		assertThat(hoSo.get("GhiChu").asString()).isEqualTo("Không đủ điều kiện cấp phiếu");
		assertThat(hoSo.get("LoaiDoiTuong").asString()).isEqualTo("2");
		assertThat(hoSo.get("DinhDanhCHS").get(0).get("LoaiDinhDanh").asString()).isEqualTo("2");
		// Counter reception: submitted when received; nothing digitised, not paid online, no fee lines.
		assertThat(hoSo.get("NgayNopHoSo").asString()).isEqualTo("20261120083000");
		assertThat(hoSo.get("KenhThucHien").asString()).isEqualTo("1");
		assertThat(hoSo.get("HoSoCoThanhPhanSoHoa").asString()).isEqualTo("0");
		assertThat(hoSo.get("DuocThanhToanTrucTuyen").asString()).isEqualTo("0");
		assertThat(hoSo.get("DanhSachLePhi").isEmpty()).isTrue();
		assertThat(hoSo.get("TrichYeuHoSo").asString()).isEqualTo("Cấp Phiếu lý lịch tư pháp");
		assertThat(hoSo.get("ThongTinKhac").asString()).isEqualTo("Người nộp hồ sơ: Trần Thị Bình (001090012345)");
	}

	static String golden(String name) throws IOException {
		try (InputStream in = HoSoPayloadGoldenTests.class.getResourceAsStream("/nationalsync/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
	}
}
