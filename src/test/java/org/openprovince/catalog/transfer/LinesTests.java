package org.openprovince.catalog.transfer;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.FeeKind;
import org.openprovince.catalog.ProcedureStep;
import org.openprovince.catalog.RequiredDocument;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-item-per-line text of list cells and text areas. */
class LinesTests {

	@Test
	void readsDocumentsWithDefaultsAndCases() {
		var parsed = Lines.documents("""
				Tờ khai theo mẫu | 1 | 0 | Có | Tờ khai | /thu-tuc/mau/to-khai.html
				# Trường hợp ủy quyền
				Văn bản ủy quyền | 0 | 1 | không
				""");

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.items()).containsExactly(
				new RequiredDocument(null, "Tờ khai theo mẫu", 1, 0, true, "Tờ khai", "/thu-tuc/mau/to-khai.html", null),
				new RequiredDocument("Trường hợp ủy quyền", "Văn bản ủy quyền", 0, 1, false, null, null, null));
		assertThat(Lines.documents(Lines.formatDocuments(parsed.items())).items()).isEqualTo(parsed.items());
	}

	@Test
	void readsFeesWithThousandsSeparatorsAndChannels() {
		var parsed = Lines.fees("Lệ phí | Lệ phí cấp lại | 135.000 | | Trực tuyến\nPhí | Phí thẩm định | ");

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.items()).satisfiesExactly(fee -> {
			assertThat(fee.kind()).isEqualTo(FeeKind.CHARGE);
			assertThat(fee.amount()).isEqualTo(135_000L);
			assertThat(fee.channel()).isEqualTo(Channel.ONLINE);
		}, fee -> assertThat(fee.amount()).isNull());
	}

	@Test
	void numbersTheLinesItCannotRead() {
		var parsed = Lines.fees("Lệ phí | Lệ phí | 8000\nThuế | Thuế | 1\nPhí | Phí | mười");

		assertThat(parsed.items()).hasSize(1);
		assertThat(parsed.problems()).extracting(Lines.LineProblem::line).containsExactly(2, 3);
		assertThat(parsed.problems().getFirst().error().getMessage())
			.isEqualTo("Loại \"Thuế\" không hợp lệ; dùng Phí hoặc Lệ phí.");
	}

	@Test
	void keepsStepsOfEveryCaseAfterACase() {
		var steps = List.of(new ProcedureStep("Trường hợp A", "Bước 1"), ProcedureStep.of("Bước 2"));

		assertThat(Lines.steps(Lines.formatSteps(steps)).items()).isEqualTo(steps);
	}
}
