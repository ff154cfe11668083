package org.openprovince.catalog.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports against the shared database: all or nothing, with a report of every problem. */
@SpringBootTest
@WithMockUser(username = "import.test", roles = { "STAFF", "ADMINISTRATOR" })
class CatalogImportIntegrationTests {

	@Autowired
	CatalogImport importer;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	final LocalDate today = LocalDate.now(VietnamTime.ZONE);

	@Test
	void createsThenLeavesUnchangedThenAddsAVersionWhenContentChanges() {
		String code = uniqueCode();
		byte[] file = new NationalJsonWriter().write(List.of(TransferSamples.version(code, TransferSamples.full())));

		ImportReport first = importer.apply(new NationalJsonReader().read(file), null, today);
		ImportReport again = importer.apply(new NationalJsonReader().read(file), null, today);
		byte[] changed = new NationalJsonWriter().write(List.of(TransferSamples.version(code,
				TransferSamples.full().toBuilder().name("Cấp lại Giấy phép lái xe (sửa đổi)").build())));
		ImportReport revised = importer.apply(new NationalJsonReader().read(changed), null, today.plusDays(1));

		assertThat(first).extracting(ImportReport::created, ImportReport::revised, ImportReport::unchanged)
			.containsExactly(1, 0, 0);
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(revised.revised()).isEqualTo(1);
		var procedure = catalog.findProcedureByCode(ProcedureCode.of(code)).orElseThrow();
		assertThat(catalog.versionInForce(procedure.id(), today)).get()
			.extracting(ProcedureVersion::name)
			.isEqualTo("Cấp lại Giấy phép lái xe");
		assertThat(catalog.versionInForce(procedure.id(), today.plusDays(1))).get()
			.extracting(ProcedureVersion::name)
			.isEqualTo("Cấp lại Giấy phép lái xe (sửa đổi)");
	}

	@Test
	void aJsonFileWithOneBadRecordChangesNothingAndSaysWhere() {
		String good = uniqueCode();
		String json = new String(new NationalJsonWriter().write(List.of(TransferSamples.version(good,
				TransferSamples.full()), TransferSamples.version(uniqueCode(), TransferSamples.minimal()))),
				StandardCharsets.UTF_8)
			.replace("\"SOBANCHINH\" : 1", "\"SOBANCHINH\" : \"một\"")
			.replaceFirst("\"SOBANCHINH\" : \"một\"", "\"SOBANCHINH\" : 1");
		long before = auditEntries();

		ImportReport report = importer.apply(new NationalJsonReader().read(json.getBytes(StandardCharsets.UTF_8)),
				null, today);

		assertThat(report.succeeded()).isFalse();
		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.row()).isEqualTo(2);
			assertThat(problem.column()).isEqualTo("THANHPHANHOSO[0].GIAYTO[0].SOBANCHINH");
			assertThat(problem.message()).isEqualTo("\"một\" không phải là một số nguyên.");
		});
		assertThat(catalog.findProcedureByCode(ProcedureCode.of(good))).isEmpty();
		assertThat(auditEntries()).isEqualTo(before);
	}

	@Test
	void aRuleBrokenWhileImportingRollsBackTheRecordsBeforeIt() {
		String existing = uniqueCode();
		importer.apply(new NationalJsonReader().read(new NationalJsonWriter()
			.write(List.of(TransferSamples.version(existing, TransferSamples.minimal())))), null, today);
		String fresh = uniqueCode();
		// The second record changes a known procedure from a day in the past: refused.
		var changed = TransferSamples.minimal().toBuilder().name("Chứng thực chữ ký (sửa)").build();
		byte[] file = new NationalJsonWriter().write(List.of(TransferSamples.version(fresh, TransferSamples.full()),
				TransferSamples.version(existing, changed)));

		ImportReport report = importer.apply(new NationalJsonReader().read(file), null, today.minusDays(3));

		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.row()).isEqualTo(2);
			assertThat(problem.message()).contains("không được có hiệu lực trước hôm nay");
		});
		assertThat(catalog.findProcedureByCode(ProcedureCode.of(fresh))).isEmpty();
	}

	@Test
	void anXlsxFileWithOneBadRowChangesNothingAndSaysRowAndColumn() throws Exception {
		String good = uniqueCode();
		var out = new ByteArrayOutputStream();
		new XlsxWriter().write(List.of(TransferSamples.version(good, TransferSamples.full()),
				TransferSamples.version(uniqueCode(), TransferSamples.minimal().toBuilder().build())), out);
		ParsedFile parsed = new XlsxReader().read(new ByteArrayInputStream(out.toByteArray()));
		assertThat(parsed.problems()).isEmpty();
		byte[] bad = XlsxTests.sheet(new String[] { good, "Thủ tục", "TP-CT", "Chứng thực", "Cấp Xã", "UBND", "", "Cá nhân",
				"Trực tiếp", "1", "Ngày làm việc", "", "", "Cung cấp thông tin", "Bước 1.", "Giấy tờ | 1 | 0", "",
				"Kết quả", "1/2015/NĐ-CP | Nghị định", "", "", "", "", "", "" },
				new String[] { uniqueCode(), "Thủ tục", "TP-CT", "Chứng thực", "Cấp Xã", "UBND", "", "Cá nhân",
						"Fax", "1", "Ngày làm việc", "", "", "Cung cấp thông tin", "Bước 1.", "Giấy tờ | 1 | 0", "",
						"Kết quả", "1/2015/NĐ-CP | Nghị định", "", "", "", "", "", "" });

		ImportReport report = importer.apply(new XlsxReader().read(new ByteArrayInputStream(bad)), "Thủ tục", today);

		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.sheet()).isEqualTo("Thủ tục");
			assertThat(problem.row()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo("I (Cách thức thực hiện)");
			assertThat(problem.message()).isEqualTo(
					"Cách thức \"Fax\" không hợp lệ; dùng Trực tiếp, Trực tuyến hoặc Bưu chính công ích.");
		});
		assertThat(catalog.findProcedureByCode(ProcedureCode.of(good))).isEmpty();
	}

	private long auditEntries() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

	private static String uniqueCode() {
		return "9." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
	}
}
