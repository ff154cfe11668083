package org.openprovince.catalog.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.openprovince.catalog.ProcedureVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The xlsx sheet: what the writer writes the reader reads, and problems name row, column and line. */
class XlsxTests {

	@Test
	void readsBackEveryPartItWrote() {
		List<ProcedureVersion> versions = List.of(TransferSamples.version("1.002835", TransferSamples.full()),
				TransferSamples.version("2.000884", TransferSamples.minimal()));
		var out = new ByteArrayOutputStream();
		new XlsxWriter().write(versions, out);

		ParsedFile parsed = new XlsxReader().read(new ByteArrayInputStream(out.toByteArray()));

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.records()).extracting(ImportRecord::row, r -> r.code().value())
			.containsExactly(tuple(2, "1.002835"), tuple(3, "2.000884"));
		assertThat(parsed.records()).extracting(ImportRecord::content)
			.containsExactly(TransferSamples.full(), TransferSamples.minimal());
	}

	@Test
	void namesTheRowColumnAndLineOfEveryProblem() throws IOException {
		byte[] file = sheet(new String[] { "1.000001", "Thủ tục đúng", "TP-CT", "Chứng thực", "Cấp Xã", "UBND cấp xã", "",
				"Cá nhân", "Trực tiếp", "1", "Ngày làm việc", "", "", "Cung cấp thông tin", "Bước 1: Nộp hồ sơ.",
				"Giấy tờ | 1 | 0", "", "Kết quả", "23/2015/NĐ-CP | Nghị định", "", "", "", "", "", "" },
				new String[] { "1.000002", "Thủ tục sai", "TP-CT", "Chứng thực", "Cấp Huyện Mới", "UBND cấp xã", "",
						"Cá nhân", "Trực tiếp", "ba", "Ngày làm việc", "", "", "Cung cấp thông tin", "Bước 1.",
						"Tờ khai | 1 | 0\nGiấy tờ khác | một | 0", "Lệ phí | Lệ phí | 10.000 đồng", "Kết quả",
						"23/2015/NĐ-CP | Nghị định", "", "", "", "", "", "" });

		ParsedFile parsed = new XlsxReader().read(new ByteArrayInputStream(file));

		assertThat(parsed.records()).extracting(ImportRecord::row).containsExactly(2);
		assertThat(parsed.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
			.containsExactlyInAnyOrder(tuple("Thủ tục", 3, "E (Cấp thực hiện)"),
					tuple("Thủ tục", 3, "J (Thời hạn giải quyết)"), tuple("Thủ tục", 3, "P (Thành phần hồ sơ)"),
					tuple("Thủ tục", 3, "Q (Phí, lệ phí)"));
		assertThat(parsed.problems()).filteredOn(p -> p.column().startsWith("P"))
			.singleElement()
			.extracting(ImportProblem::message)
			.isEqualTo("Dòng 2 trong ô: \"một\" không phải là một số nguyên.");
	}

	@Test
	void refusesASheetWithoutTheExpectedHeaders() throws IOException {
		var out = new ByteArrayOutputStream();
		var workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Thủ tục");
		sheet.value(0, 0, "Mã");
		sheet.value(1, 0, "1.000001");
		workbook.finish();

		ParsedFile parsed = new XlsxReader().read(new ByteArrayInputStream(out.toByteArray()));

		assertThat(parsed.records()).isEmpty();
		assertThat(parsed.problems()).first()
			.satisfies(p -> assertThat(p.message()).isEqualTo(
					"Tiêu đề cột A phải là \"Mã TTHC\"; hãy dùng tệp mẫu tải về từ trang này."));
	}

	@Test
	void refusesAFileThatIsNotAWorkbook() {
		ParsedFile parsed = new XlsxReader().read(new ByteArrayInputStream("not a workbook".getBytes()));

		assertThat(parsed.problems()).singleElement()
			.extracting(ImportProblem::message)
			.isEqualTo("Tệp không phải bảng tính Excel (.xlsx) đọc được.");
	}

	/** A workbook with the template's header row and the given rows. */
	static byte[] sheet(String[]... rows) throws IOException {
		var template = new ByteArrayOutputStream();
		var out = new ByteArrayOutputStream();
		var workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Thủ tục");
		for (XlsxColumn column : XlsxColumn.values()) {
			sheet.value(0, column.ordinal(), column.header());
		}
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				if (!rows[r][c].isEmpty()) {
					sheet.value(r + 1, c, rows[r][c]);
				}
			}
		}
		workbook.finish();
		template.close();
		return out.toByteArray();
	}
}
