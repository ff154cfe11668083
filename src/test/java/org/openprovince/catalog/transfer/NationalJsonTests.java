package org.openprovince.catalog.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ProcedureVersion;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The national-database JSON shape: round trips, and problems named by record and key path. */
class NationalJsonTests {

	private final NationalJsonWriter writer = new NationalJsonWriter();

	private final NationalJsonReader reader = new NationalJsonReader();

	@Test
	void readsBackEveryPartItWrote() {
		List<ProcedureVersion> versions = List.of(TransferSamples.version("1.002835", TransferSamples.full()),
				TransferSamples.version("2.000884", TransferSamples.minimal()));

		ParsedFile parsed = reader.read(writer.write(versions));

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.records()).extracting(ImportRecord::content)
			.containsExactly(TransferSamples.full(), TransferSamples.minimal());
		assertThat(parsed.records()).extracting(r -> r.code().value()).containsExactly("1.002835", "2.000884");
		assertThat(parsed.records().getFirst().effectiveFrom()).isEqualTo(versions.getFirst().effectiveFrom());
	}

	@Test
	void writesTheNationalKeysWithFeesAndTimeLimitsPerChannel() {
		var tree = JsonMapper.builder().build()
			.readTree(writer.write(List.of(TransferSamples.version("1.002835", TransferSamples.full()))));
		var record = tree.get("result").get(0);

		assertThat(record.get("MATTHC").asString()).isEqualTo("1.002835");
		assertThat(record.get("LINHVUCTHUCHIEN").get(0).get("MALINHVUC").asString()).isEqualTo("CA-GT");
		var ways = record.get("CACHTHUCTHUCHIEN");
		assertThat(ways.size()).isEqualTo(3);
		assertThat(ways.get(1).get("KENH").asInt()).isEqualTo(Channel.ONLINE.code());
		assertThat(ways.get(1).get("THOIGIAN").get(0).get("THOIGIANGIAIQUYET").decimalValue()).isEqualByComparingTo("3.5");
		assertThat(ways.get(0).get("THOIGIAN").get(0).get("DONVITINH").asString()).isEqualTo("Ngày làm việc");
		assertThat(ways.get(0).get("THOIGIAN").get(0).get("PHILEPHI").size()).isEqualTo(1);
		assertThat(ways.get(2).get("THOIGIAN").get(0).get("PHILEPHI").size()).isEqualTo(2);
		assertThat(record.get("THANHPHANHOSO").get(1).get("TRUONGHOP").asString()).isEqualTo("Trường hợp ủy quyền");
		assertThat(record.get("CANCUPHAPLY").get(0).get("SOVANBAN").asString()).isEqualTo("36/2024/QH15");
	}

	@Test
	void demoCatalogRoundTripsToTheSameJson() throws IOException {
		byte[] original;
		try (InputStream in = new ClassPathResource("catalog/demo-procedures.json").getInputStream()) {
			original = in.readAllBytes();
		}
		ParsedFile parsed = reader.read(original);
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.records()).hasSizeGreaterThanOrEqualTo(40);

		List<ProcedureVersion> versions = parsed.records()
			.stream()
			.map(r -> TransferSamples.version(r.code().value(), r.content()))
			.toList();
		byte[] exported = writer.write(versions);
		ParsedFile again = reader.read(exported);

		assertThat(again.records()).extracting(ImportRecord::content)
			.containsExactlyElementsOf(parsed.records().stream().map(ImportRecord::content).toList());
		assertThat(writer.write(again.records()
			.stream()
			.map(r -> TransferSamples.version(r.code().value(), r.content()))
			.toList())).asString(StandardCharsets.UTF_8).isEqualTo(new String(exported, StandardCharsets.UTF_8));
	}

	@Test
	void writesTheEFormUnderItsOwnKeyOnlyWhenThereIsOne() {
		var tree = JsonMapper.builder().build()
			.readTree(writer.write(List.of(TransferSamples.version("1.002835", TransferSamples.full()),
					TransferSamples.version("2.000884", TransferSamples.minimal()))));
		var form = tree.get("result").get(0).get("TOKHAIDIENTU");

		assertThat(form.size()).isEqualTo(6);
		assertThat(form.get(0).get("MATRUONG").asString()).isEqualTo("so_gplx");
		assertThat(form.get(0).get("DODAITOIDA").asInt()).isEqualTo(12);
		assertThat(form.get(1).get("KIEUDULIEU").asString()).isEqualTo("CHOICE");
		assertThat(form.get(1).get("LUACHON").size()).isEqualTo(3);
		assertThat(form.get(3).get("GIATRINHONHAT").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(tree.get("result").get(1).has("TOKHAIDIENTU")).isFalse();
	}

	@Test
	void namesTheKeyPathOfABrokenEFormField() {
		String json = """
				{"MATTHC": "1.000001", "TENTTHC": "Thủ tục", "TOKHAIDIENTU": [
				  {"MATRUONG": "ho_ten", "TENTRUONG": "Họ tên", "KIEUDULIEU": "Văn bản"},
				  {"MATRUONG": "gioi_tinh", "TENTRUONG": "Giới tính", "KIEUDULIEU": "Lựa chọn", "LUACHON": ["Nam"]},
				  {"MATRUONG": "x", "TENTRUONG": "X", "KIEUDULIEU": "Ảnh"}]}""";

		ParsedFile parsed = reader.read(json.getBytes(StandardCharsets.UTF_8));

		assertThat(parsed.problems()).extracting(ImportProblem::column)
			.contains("TOKHAIDIENTU[1]", "TOKHAIDIENTU[2]")
			.doesNotContain("TOKHAIDIENTU[0]");
		assertThat(parsed.problems()).filteredOn(p -> p.column().equals("TOKHAIDIENTU[2]"))
			.singleElement()
			.extracting(ImportProblem::message)
			.asString()
			.startsWith("Kiểu dữ liệu \"Ảnh\" không hợp lệ");
	}

	@Test
	void givesEveryOnlineDemoProcedureAnEForm() throws IOException {
		byte[] original;
		try (InputStream in = new ClassPathResource("catalog/demo-procedures.json").getInputStream()) {
			original = in.readAllBytes();
		}

		for (ImportRecord record : reader.read(original).records()) {
			var content = record.content();
			if (content.onlineLevel() == org.openprovince.catalog.OnlineLevel.INFORMATION) {
				assertThat(content.formFields()).as(record.code().value()).isEmpty();
			}
			else {
				assertThat(content.formFields()).as(record.code().value()).hasSizeBetween(3, 7);
			}
		}
	}

	@Test
	void namesTheRecordAndKeyPathOfEveryProblem() {
		String json = """
				{"result": [
				  {"MATTHC": "1.000001", "TENTTHC": "Thủ tục đúng"},
				  {"MATTHC": "1.00094", "TENTTHC": "Thủ tục sai",
				   "THANHPHANHOSO": [{"TRUONGHOP": "", "GIAYTO": [{"TENGIAYTO": "Tờ khai", "SOBANCHINH": "hai"}]}],
				   "CACHTHUCTHUCHIEN": [{"KENH": 7, "THOIGIAN": []}]}
				]}""";

		ParsedFile parsed = reader.read(json.getBytes(StandardCharsets.UTF_8));

		assertThat(parsed.problems()).extracting(ImportProblem::row, ImportProblem::column)
			.contains(org.assertj.core.groups.Tuple.tuple(1, "LINHVUCTHUCHIEN"),
					org.assertj.core.groups.Tuple.tuple(2, "MATTHC"),
					org.assertj.core.groups.Tuple.tuple(2, "THANHPHANHOSO[0].GIAYTO[0].SOBANCHINH"),
					org.assertj.core.groups.Tuple.tuple(2, "CACHTHUCTHUCHIEN[0].KENH"));
		assertThat(parsed.problems()).filteredOn(p -> p.column().equals("MATTHC"))
			.singleElement()
			.extracting(ImportProblem::message)
			.asString()
			.contains("1.00094", "1.000948");
		assertThat(parsed.problems()).filteredOn(p -> p.column().endsWith("SOBANCHINH"))
			.singleElement()
			.extracting(ImportProblem::message)
			.isEqualTo("\"hai\" không phải là một số nguyên.");
	}

	@Test
	void refusesAFileThatIsNotJson() {
		ParsedFile parsed = reader.read("{ \"result\": [".getBytes(StandardCharsets.UTF_8));

		assertThat(parsed.records()).isEmpty();
		assertThat(parsed.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isZero();
			assertThat(p.message()).startsWith("Tệp không phải JSON hợp lệ");
		});
	}
}
