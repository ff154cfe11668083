package org.openprovince.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of a procedure that Decree 63/2010 art. 8.2 requires, and the rules between them. */
class ProcedureContentTests {

	@Test
	void requiresTheStepsDossierAndResultsOfDecree63() {
		assertThatThrownBy(() -> Samples.content("Thủ tục").steps(java.util.List.of()).build())
			.hasMessageContaining("điều 8 khoản 2 điểm b");
		assertThatThrownBy(() -> Samples.content("Thủ tục").documents(java.util.List.of()).build())
			.hasMessageContaining("điều 8 khoản 2 điểm d");
		assertThatThrownBy(() -> Samples.content("Thủ tục").results(java.util.List.of()).build())
			.hasMessageContaining("điều 8 khoản 2 điểm h");
		assertThatThrownBy(() -> Samples.content(" ").build()).hasMessage("Chưa nhập tên thủ tục.");
	}

	@Test
	void hasAnOnlineChannelExactlyWhenTheOnlineLevelIsAboveInformation() {
		assertThatThrownBy(() -> Samples.content("Thủ tục").onlineLevel(OnlineLevel.INFORMATION).build())
			.hasMessageContaining("chỉ cung cấp thông tin");
		assertThatThrownBy(() -> Samples.content("Thủ tục")
			.channels(java.util.List.of(Channel.DIRECT))
			.onlineLevel(OnlineLevel.FULL)
			.build()).hasMessageContaining("Mức độ \"Toàn trình\" cần cách thức nộp trực tuyến");
	}

	@Test
	void refusesAFeeForAChannelTheProcedureDoesNotOffer() {
		assertThatThrownBy(() -> Samples.content("Thủ tục")
			.fee(new Fee(FeeKind.FEE, Channel.POSTAL, "Cước bưu chính", 20_000L, null))
			.build()).hasMessageContaining("\"Cước bưu chính\" áp dụng cho cách thức Qua bưu chính công ích");
	}

	@Test
	void saysEachThingOneWaySoThatFilesRoundTrip() {
		var content = Samples.content("Thủ tục")
			.channels(java.util.List.of(Channel.DIRECT))
			.onlineLevel(OnlineLevel.INFORMATION)
			.fees(java.util.List.of(new Fee(FeeKind.CHARGE, Channel.DIRECT, "Lệ phí", 8_000L, null)))
			.build();
		var online = Samples.content("Thủ tục").onlineTimeLimit(TimeLimit.workingDays(3)).build();

		assertThat(content.fees().getFirst().channel()).isNull();
		assertThat(online.onlineTimeLimit()).isNull();
		assertThat(online.timeLimitFor(Channel.ONLINE)).isEqualTo(TimeLimit.workingDays(3));
	}

	@Test
	void givesTheOnlineLimitAndFeesOfAChannel() {
		var content = Samples.content("Thủ tục")
			.onlineTimeLimit(TimeLimit.workingDays(2))
			.fee(new Fee(FeeKind.FEE, Channel.ONLINE, "Phí dịch vụ trực tuyến", 5_000L, null))
			.build();

		assertThat(content.timeLimitFor(Channel.ONLINE)).isEqualTo(TimeLimit.workingDays(2));
		assertThat(content.timeLimitFor(Channel.DIRECT)).isEqualTo(TimeLimit.workingDays(3));
		assertThat(content.feesFor(Channel.DIRECT)).hasSize(1);
		assertThat(content.feesFor(Channel.ONLINE)).hasSize(2);
	}

	@Test
	void paysUpFrontTheFirstFixedFeeOfEachKindForTheChannel() {
		// Cấp Phiếu lý lịch tư pháp: a base fee, then a surcharge per certificate from the third one.
		Fee base = new Fee(FeeKind.FEE, null, "Phí cung cấp thông tin lý lịch tư pháp", 200_000L, null);
		Fee surcharge = new Fee(FeeKind.FEE, null, "Từ Phiếu thứ 3 trở đi, mỗi phiếu", 5_000L, null);
		Fee counterOnly = new Fee(FeeKind.CHARGE, Channel.DIRECT, "Lệ phí tại quầy", 10_000L, null);
		Fee charge = new Fee(FeeKind.CHARGE, null, "Lệ phí", 50_000L, null);
		Fee varies = new Fee(FeeKind.CHARGE, null, "Theo số trang", null, null);
		ProcedureContent content = Samples.content("Thủ tục có phí")
			.channels(java.util.List.of(Channel.DIRECT, Channel.ONLINE))
			.fees(java.util.List.of(varies, base, surcharge, counterOnly, charge))
			.build();

		assertThat(content.baseFees(Channel.ONLINE)).containsExactly(base, charge);
		assertThat(content.baseFees(Channel.DIRECT)).containsExactly(base, counterOnly);
	}
}
