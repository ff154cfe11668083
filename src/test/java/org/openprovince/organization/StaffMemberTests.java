package org.openprovince.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffMemberTests {

	static final LocalDate JULY = LocalDate.of(2025, 7, 1);

	static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);

	final AgencyId agency = new AgencyId(UUID.randomUUID());

	final PositionId specialist = new PositionId(UUID.randomUUID());

	final PositionId head = new PositionId(UUID.randomUUID());

	final StaffMember staff = StaffMember
		.create(new StaffDetails(" Lê Văn Hùng ", " ChuyenVien.TuPhap@SongHong.gov.vn ", "0912 345 603"));

	@Test
	void normalisesNameAndEmail() {
		assertThat(staff.fullName()).isEqualTo("Lê Văn Hùng");
		assertThat(staff.email()).isEqualTo("chuyenvien.tuphap@songhong.gov.vn");
	}

	@Test
	void refusesAnInvalidEmailOrPhone() {
		assertThatThrownBy(() -> StaffMember.create(new StaffDetails("Lê Văn Hùng", "hung@", null)))
			.hasMessage("Địa chỉ thư điện tử \"hung@\" không hợp lệ.");
		assertThatThrownBy(() -> StaffMember.create(new StaffDetails("Lê Văn Hùng", "hung@songhong.gov.vn", "gọi tôi")))
			.hasMessage("Số điện thoại \"gọi tôi\" không hợp lệ.");
	}

	@Test
	void theFirstAssignmentMustBePrimary() {
		assertThatThrownBy(() -> staff.assign(assignment(specialist, JULY, false)))
			.hasMessage("Cán bộ chưa có chức vụ chính trong suốt thời gian này; hãy phân công chức vụ chính trước.");

		staff.assign(assignment(specialist, JULY, true));
		staff.assign(assignment(head, SEPTEMBER, false));

		assertThat(staff.assignments()).hasSize(2);
		assertThat(staff.primaryOn(SEPTEMBER)).get().extracting(StaffMember.Assignment::positionId)
			.isEqualTo(specialist.value());
	}

	@Test
	void aNewPrimaryAssignmentEndsThePreviousOneTheDayBefore() {
		staff.assign(assignment(specialist, JULY, true));

		staff.assign(assignment(head, SEPTEMBER, true));

		assertThat(staff.primaryOn(SEPTEMBER.minusDays(1))).get().extracting(StaffMember.Assignment::positionId)
			.isEqualTo(specialist.value());
		assertThat(staff.primaryOn(SEPTEMBER)).get().extracting(StaffMember.Assignment::positionId)
			.isEqualTo(head.value());
		assertThat(staff.assignments()).filteredOn(StaffMember.Assignment::primary)
			.filteredOn(a -> a.isValidOn(LocalDate.of(2026, 1, 1)))
			.hasSize(1);
	}

	@Test
	void refusesAPrimaryAssignmentStartingBeforeTheCurrentOne() {
		staff.assign(assignment(specialist, SEPTEMBER, true));

		assertThatThrownBy(() -> staff.assign(assignment(head, JULY, true)))
			.hasMessage("Cán bộ đã có chức vụ chính từ ngày 01/09/2025; chức vụ chính mới phải bắt đầu sau ngày đó.");
	}

	private AssignmentDetails assignment(PositionId position, LocalDate from, boolean primary) {
		return new AssignmentDetails(agency, null, position, from, null, primary);
	}
}
