package org.openprovince.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Orders are checked when they are made; each broken rule has its Vietnamese sentence. */
class PaymentOrderTests {

	static final UUID DOSSIER = UUID.fromString("7d2b1c9e-0000-4000-8000-000000000001");

	@Test
	void totalsTheLinesOfAValidOrder() {
		var order = order(List.of(new PaymentLine(PaymentLineKind.CHARGE, "Lệ phí cấp phiếu", 200_000),
				new PaymentLine(PaymentLineKind.FEE, "Phí cung cấp thông tin", 50_000)), "/account/dossiers/1");
		assertThat(order.total()).isEqualTo(250_000);
		assertThat(order.subjectReference()).isEqualTo("000.00.09.H99-261124-0001");
	}

	@Test
	void refusesAnOrderWithoutLines() {
		assertThatThrownBy(() -> order(List.of(), "/account"))
			.isInstanceOfSatisfying(PaymentException.class, ex -> assertThat(ex.messageKey()).isEqualTo("payment.order.noLines"))
			.hasMessage("Yêu cầu thanh toán phải có ít nhất một khoản phí hoặc lệ phí.");
	}

	@Test
	void refusesZeroAndNegativeAmounts() {
		assertThatThrownBy(() -> new PaymentLine(PaymentLineKind.FEE, "Phí thẩm định", 0))
			.hasMessage("Số tiền của khoản \"Phí thẩm định\" phải lớn hơn 0 đồng.");
		assertThatThrownBy(() -> new PaymentLine(PaymentLineKind.CHARGE, "Lệ phí", -5_000))
			.isInstanceOf(PaymentException.class);
	}

	@Test
	void refusesATotalAboveTheOnlineLimit() {
		var big = new PaymentLine(PaymentLineKind.FEE, "Tiền sử dụng đất", PaymentOrder.MAX_TOTAL);
		assertThatThrownBy(() -> order(List.of(big, new PaymentLine(PaymentLineKind.CHARGE, "Lệ phí", 1)), "/account"))
			.hasMessage("Tổng số tiền vượt quá mức cho phép thanh toán trực tuyến.");
		var many = new ArrayList<>(Collections.nCopies(PaymentOrder.MAX_LINES + 1,
				new PaymentLine(PaymentLineKind.FEE, "Phí", 1_000)));
		assertThatThrownBy(() -> order(many, "/account")).hasMessage("Yêu cầu thanh toán có nhiều hơn 50 khoản thu.");
	}

	@Test
	void acceptsOnlyLocalReturnPaths() {
		var line = List.of(new PaymentLine(PaymentLineKind.CHARGE, "Lệ phí", 1_000));
		for (String path : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "account")) {
			assertThatThrownBy(() -> order(line, path)).as(path)
				.hasMessage("Địa chỉ trang quay lại phải là một trang của Cổng (bắt đầu bằng \"/\").");
		}
	}

	@Test
	void refusesBlankAndOverlongTexts() {
		var line = List.of(new PaymentLine(PaymentLineKind.CHARGE, "Lệ phí", 1_000));
		assertThatThrownBy(() -> new PaymentOrder("Dossier", DOSSIER, " ", PaymentPurpose.SUBMISSION_FEE, null, "An", line,
				"Lệ phí", "/account"))
			.hasMessage("Thiếu mã hồ sơ hoặc mã tham chiếu.");
		assertThatThrownBy(() -> new PaymentOrder("Dossier", DOSSIER, "X", PaymentPurpose.SUBMISSION_FEE, null,
				"A".repeat(201), line, "Lệ phí", "/account"))
			.hasMessage("Tên người nộp tiền dài quá 200 ký tự.");
		assertThatThrownBy(() -> new PaymentLine(PaymentLineKind.FEE, "Phí\nẩn", 1_000))
			.hasMessage("Tên khoản thu chứa ký tự không hợp lệ.");
	}

	static PaymentOrder order(List<PaymentLine> lines, String returnPath) {
		return new PaymentOrder("Dossier", DOSSIER, " 000.00.09.H99-261124-0001 ", PaymentPurpose.SUBMISSION_FEE, null,
				"Nguyễn Văn An", lines, "Lệ phí cấp Phiếu lý lịch tư pháp", returnPath);
	}
}
