package org.openprovince.catalog;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The internal process (quy trình nội bộ): step order rules and the budget that must match the time limit. */
class InternalProcessTests {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 5, 10, 15, 20, 30 })
	void standardProcessAlwaysFitsItsTimeLimit(int days) {
		for (TimeLimit limit : List.of(TimeLimit.workingDays(days), TimeLimit.calendarDays(days), TimeLimit.hours(days))) {
			InternalProcess process = InternalProcess.standard(limit, "GIAM_DOC_SO");

			assertThat(process.fits(limit)).as("%s", limit).isTrue();
			assertThat(process.steps().getFirst().status()).isEqualTo(DvcqgStatus.RECEIVED);
			assertThat(process.steps().getLast().status()).isEqualTo(DvcqgStatus.RETURNED);
		}
	}

	@Test
	void saysByHowMuchTheBudgetsFallShortOfTheTimeLimit() {
		var process = InternalProcess.standard(TimeLimit.workingDays(2), "CHU_TICH_UBND");

		assertThatThrownBy(() -> process.checkFits(TimeLimit.workingDays(3)))
			.hasMessage("Tổng thời gian các bước là 16 giờ làm việc, chưa bằng thời hạn giải quyết 3 ngày làm việc "
					+ "(bằng 24 giờ làm việc, tính 1 ngày = 8 giờ làm việc): còn thiếu 8 giờ. Hãy phân bổ thêm thời "
					+ "gian cho các bước để tổng đúng bằng 24 giờ.");
	}

	@Test
	void saysByHowMuchTheBudgetsExceedACalendarDayLimit() {
		var process = InternalProcess.standard(TimeLimit.calendarDays(16), "GIAM_DOC_SO");

		assertThatThrownBy(() -> process.checkFits(TimeLimit.calendarDays(15)))
			.hasMessageContaining("là 128 giờ làm việc, vượt thời hạn giải quyết 15 ngày (bằng 120 giờ làm việc")
			.hasMessageContaining(") 8 giờ.");
	}

	@Test
	void startsWithReceptionWhichCannotSendBack() {
		var steps = new ArrayList<>(InternalProcess.standard(TimeLimit.workingDays(1), "X_Y").steps());
		steps.set(0, step("Tiếp nhận", DvcqgStatus.PROCESSING, false));
		assertThatThrownBy(() -> new InternalProcess(steps)).hasMessageContaining("phải là bước tiếp nhận");

		steps.set(0, step("Tiếp nhận", DvcqgStatus.RECEIVED, true));
		assertThatThrownBy(() -> new InternalProcess(steps)).hasMessageContaining("không có bước trước");
	}

	@Test
	void endsWithTheResultDoneOrReturned() {
		var steps = new ArrayList<>(InternalProcess.standard(TimeLimit.workingDays(1), "X_Y").steps());
		steps.set(steps.size() - 1, step("Lưu hồ sơ", DvcqgStatus.PROCESSING, false));

		assertThatThrownBy(() -> new InternalProcess(steps))
			.hasMessage("Bước cuối cùng \"Lưu hồ sơ\" phải đặt trạng thái 9 – Đã xử lý xong hoặc 10 – Đã trả kết quả.");
	}

	@Test
	void letsAStepSetOnlyTheRoutineStatuses() {
		assertThatThrownBy(() -> step("Yêu cầu bổ sung", DvcqgStatus.SUPPLEMENT_REQUESTED, true))
			.hasMessageContaining("không thể đặt trạng thái \"5 – Yêu cầu bổ sung giấy tờ\"");
		assertThatThrownBy(() -> new ProcessStep("Bước", "chuyên viên", StepUnit.COMPETENT_AGENCY, null,
				WorkingHours.of(1), DvcqgStatus.PROCESSING, false))
			.hasMessageContaining("Mã chức vụ \"CHUYÊN VIÊN\"");
		assertThat(new ProcessStep("Bước", "chuyen_vien", StepUnit.COMPETENT_AGENCY, "hctp", WorkingHours.of(1),
				DvcqgStatus.PROCESSING, false))
			.extracting(ProcessStep::positionCode, ProcessStep::departmentCode)
			.containsExactly("CHUYEN_VIEN", "HCTP");
	}

	private static ProcessStep step(String name, DvcqgStatus status, boolean mayReturn) {
		return new ProcessStep(name, "CHUYEN_VIEN", StepUnit.COMPETENT_AGENCY, null, WorkingHours.of(1), status,
				mayReturn);
	}
}
