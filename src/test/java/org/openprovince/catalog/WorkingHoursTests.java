package org.openprovince.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingHoursTests {

	@Test
	void addsUpInQuarterHours() {
		assertThat(WorkingHours.of(1.25).plus(WorkingHours.of("2,75"))).isEqualTo(WorkingHours.of(4));
		assertThat(WorkingHours.of("0.50").display()).isEqualTo("0.5");
		assertThat(WorkingHours.of(8).display()).isEqualTo("8");
	}

	@Test
	void refusesNegativeHoursAndSplitsFinerThanAQuarter() {
		assertThatThrownBy(() -> WorkingHours.of(-1)).hasMessage("Thời gian của một bước không được âm.");
		assertThatThrownBy(() -> WorkingHours.of("1.1"))
			.hasMessage("Thời gian 1.1 giờ không chia hết cho 15 phút; hãy nhập theo bội số của 0,25 giờ.");
		assertThatThrownBy(() -> WorkingHours.of("bốn")).hasMessage("\"bốn\" không phải là một số giờ.");
	}
}
