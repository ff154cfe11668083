package org.openprovince.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyDetails;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencyKind;
import org.openprovince.organization.Organization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The module against the shared embedded PostgreSQL. Other tests share it: this one only writes
 * schedule entries in 2041, which no one else uses, and office hours of an agency it creates, and
 * removes them again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin.calendar", roles = "ADMINISTRATOR")
class CalendarIntegrationTests {

	static final LocalDate TUESDAY = LocalDate.of(2041, 3, 5);

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	CalendarStore store;

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void removeWhatThisTestAdded() {
		administration.overrides(2041).forEach(o -> administration.removeOverride(o.id()));
	}

	@Test
	void anAdministratorsExtraDayOffMovesTheDeadlineAtOnceOnEveryNode() {
		var otherNode = new WorkingCalendar(store);
		Instant monday = at("2041-03-04T09:00");
		assertThat(otherNode.deadline(null, monday, 1, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2041-03-05T09:00"));

		DayOverride dayOff = administration.addOverride(TUESDAY, OverrideKind.DAY_OFF, "Nghỉ thêm theo thông báo",
				"Thông báo số 01/TB-TEST");

		assertThat(calendar.deadline(null, monday, 1, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2041-03-06T09:00"));
		assertThat(otherNode.deadline(null, monday, 1, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2041-03-06T09:00"));
		assertThat(otherNode.days(null, TUESDAY, TUESDAY).getFirst().kind()).isEqualTo(DayKind.EXTRA_DAY_OFF);
		assertThat(auditCount("calendar.override.added", dayOff.id().toString())).isEqualTo(1);

		administration.removeOverride(dayOff.id());

		assertThat(otherNode.deadline(null, monday, 1, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2041-03-05T09:00"));
		assertThat(auditCount("calendar.override.removed", dayOff.id().toString())).isEqualTo(1);
	}

	@Test
	void refusesEntriesThatChangeNothingOrBreakTheLabourCode() {
		assertThatThrownBy(() -> administration.addOverride(LocalDate.of(2041, 3, 3), OverrideKind.DAY_OFF, "Nghỉ", null))
			.isInstanceOf(CalendarException.class)
			.hasMessage("Ngày 03/03/2041 đã là ngày nghỉ (Nghỉ hằng tuần), không cần thêm ngày nghỉ.");
		assertThatThrownBy(() -> administration.addOverride(TUESDAY, OverrideKind.WORKING_DAY, "Làm bù", null))
			.hasMessage("Ngày 05/03/2041 đã là ngày làm việc, không cần thêm ngày làm bù.");
		assertThatThrownBy(() -> administration.addOverride(LocalDate.of(2041, 4, 30), OverrideKind.WORKING_DAY,
				"Làm bù", null))
			.hasMessage("Ngày 30/04/2041 là Ngày Chiến thắng (30/4), ngày nghỉ do Bộ luật Lao động ấn định (Điều 112), "
					+ "không thể chuyển thành ngày làm việc.");
		administration.addOverride(TUESDAY, OverrideKind.DAY_OFF, "Nghỉ thêm", null);
		assertThatThrownBy(() -> administration.addOverride(TUESDAY, OverrideKind.DAY_OFF, "Lần nữa", null))
			.hasMessage("Ngày 05/03/2041 đã có trong lịch điều chỉnh; hãy xoá mục cũ trước khi thêm mục mới.");
	}

	@Test
	void theScheduleEditorAddsAndRemovesAnEntryPostRedirectGet() throws Exception {
		mvc.perform(post("/office/admin/calendar/schedule").with(csrf())
			.param("date", "2041-06-07")
			.param("kind", "DAY_OFF")
			.param("reason", "Nghỉ thêm dịp lễ")
			.param("legalBasis", "Thông báo số 02/TB-TEST"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/office/admin/calendar/schedule?year=2041"))
			.andExpect(flash().attribute("flashSuccess", "Đã thêm Ngày nghỉ ngày 07/06/2041."));
		DayOverride added = administration.overrides(2041).getFirst();

		mvc.perform(get("/office/admin/calendar/schedule").param("year", "2041"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lịch điều chỉnh năm 2041")))
			.andExpect(content().string(containsString("Thứ Sáu, 07/06/2041")))
			.andExpect(content().string(containsString("Thông báo số 02/TB-TEST")))
			.andExpect(content().string(containsString("Giỗ Tổ Hùng Vương (10/3 âm lịch)")));

		mvc.perform(post("/office/admin/calendar/schedule/{id}/delete", added.id()).with(csrf()).param("year", "2041"))
			.andExpect(redirectedUrl("/office/admin/calendar/schedule?year=2041"))
			.andExpect(flash().attribute("flashSuccess", "Đã xoá mục điều chỉnh ngày 07/06/2041."));
		assertThat(administration.overrides(2041)).isEmpty();
	}

	@Test
	void theScheduleEditorExplainsMistakesInVietnamese() throws Exception {
		mvc.perform(post("/office/admin/calendar/schedule").with(csrf())
			.param("date", "2041-03-03")
			.param("kind", "DAY_OFF")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy nhập lý do.")));
		mvc.perform(post("/office/admin/calendar/schedule").with(csrf())
			.param("date", "2041-03-03")
			.param("kind", "DAY_OFF")
			.param("reason", "Nghỉ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đã là ngày nghỉ (Nghỉ hằng tuần)")));
		assertThat(administration.overrides(2041)).isEmpty();
	}

	@Test
	@WithMockUser(username = "officer.calendar", roles = "RECEPTION_OFFICER")
	void onlyAdministratorsEditTheSchedule() throws Exception {
		mvc.perform(post("/office/admin/calendar/schedule").with(csrf())
			.param("date", "2041-06-07")
			.param("kind", "DAY_OFF")
			.param("reason", "Nghỉ"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/office/calendar").param("year", "2041")).andExpect(status().isOk());
	}

	@Test
	void anAgencysOwnOfficeHoursApplyToItsDeadlines() throws Exception {
		AgencyId center = organization.createAgency(new AgencyDetails(freshAgencyCode(), "Trung tâm thử nghiệm lịch",
				null, AgencyKind.OTHER, null, null, LocalDate.of(2020, 1, 1), null));
		Instant friday = at("2041-03-08T15:00");
		assertThat(calendar.deadline(center, friday, 1, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2041-03-11T15:00"));

		var form = post("/office/admin/calendar/hours").with(csrf())
			.param("agency", center.toString())
			.param("version", String.valueOf(AgencyHours.NEW));
		for (int i = 0; i < 7; i++) {
			form.param("days[" + i + "].day", java.time.DayOfWeek.of(i + 1).name());
			if (i < 5) {
				form.param("days[" + i + "].morningStart", "07:00").param("days[" + i + "].morningEnd", "11:30");
				form.param("days[" + i + "].afternoonStart", "13:30").param("days[" + i + "].afternoonEnd", "17:00");
			}
		}
		form.param("days[5].morningStart", "07:30").param("days[5].morningEnd", "11:30");
		mvc.perform(form)
			.andExpect(redirectedUrl("/office/admin/calendar/hours"))
			.andExpect(flash().attribute("flashSuccess", "Đã lưu giờ làm việc: Trung tâm thử nghiệm lịch."));

		// Friday 2 h, Saturday morning 4 h, Monday 2 h.
		assertThat(calendar.deadline(center, friday, 1, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2041-03-11T09:00"));
		assertThat(calendar.deadline(null, friday, 1, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2041-03-11T15:00"));
		assertThat(auditCount("calendar.hours.saved", center.toString())).isEqualTo(1);
		mvc.perform(get("/office/admin/calendar/hours"))
			.andExpect(content().string(containsString("Trung tâm thử nghiệm lịch")))
			.andExpect(content().string(containsString("T7: 07:30–11:30")));

		administration.removeHours(center);

		assertThat(calendar.deadline(center, friday, 1, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2041-03-11T15:00"));
	}

	@Test
	void theHoursFormRefusesAShiftThatEndsBeforeItStarts() throws Exception {
		mvc.perform(post("/office/admin/calendar/hours").with(csrf())
			.param("version", "0")
			.param("days[0].day", "MONDAY")
			.param("days[0].morningStart", "11:30")
			.param("days[0].morningEnd", "07:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giờ bắt đầu (11:30) phải trước giờ kết thúc (07:00).")));
		mvc.perform(get("/office/admin/calendar/hours/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"13:30\"")));
	}

	@Test
	void theYearViewShowsTetHungKingsDayAndNghiBuWithLunarDates() throws Exception {
		mvc.perform(get("/office/calendar").param("year", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Lịch làm việc năm 2026")))
			.andExpect(content().string(containsString("Thứ Ba, 17/02/2026")))
			.andExpect(content().string(containsString("ngày 1 tháng 1 âm lịch")))
			.andExpect(content().string(containsString("Tết Nguyên đán")))
			.andExpect(content().string(containsString("ngày 10 tháng 3 âm lịch")))
			.andExpect(content().string(containsString("Nghỉ bù cho Giỗ Tổ Hùng Vương (10/3 âm lịch)")))
			.andExpect(content().string(containsString("href=\"/office/calendar?year=2027\"")));
		mvc.perform(get("/office/calendar").param("year", "2026").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"calendar-year\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theCalculatorAnswersWithTheDeadlineAndTheDaysSkipped() throws Exception {
		mvc.perform(get("/office/calendar/deadline").param("start", "2026-02-13T10:00")
			.param("amount", "1")
			.param("unit", "WORKING_DAYS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Thứ Hai, 23/02/2026 10:00")))
			.andExpect(content().string(containsString("Thứ Ba, 17/02/2026")))
			.andExpect(content().string(containsString("8 giờ 0 phút")));
		mvc.perform(get("/office/calendar/deadline").param("start", "2026-02-13T10:00")
			.param("amount", "1")
			.param("unit", "WORKING_DAYS")
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thứ Hai, 23/02/2026 10:00")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theCalculatorExplainsAWrongLimitWithAndWithoutHtmx() throws Exception {
		mvc.perform(get("/office/calendar/deadline").param("start", "2026-02-13T10:00").param("amount", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"amount-error\">Thời hạn không được âm.</p>")))
			.andExpect(content().string(not(containsString("Hạn giải quyết</h2>"))));
		mvc.perform(get("/office/calendar/deadline").param("start", "hôm qua")
			.param("amount", "1")
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thời điểm tiếp nhận không hợp lệ")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	private long auditCount(String action, String targetId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and target_id = ?")
			.param(action)
			.param(targetId)
			.query(Long.class)
			.single();
	}

	private static Instant at(String vietnamTime) {
		return LocalDateTime.parse(vietnamTime).toInstant(ZoneOffset.ofHours(7));
	}

	private static AgencyCode freshAgencyCode() {
		var random = ThreadLocalRandom.current();
		return AgencyCode.of("%03d.%02d.%02d.C%02d".formatted(random.nextInt(1000), random.nextInt(100),
				random.nextInt(100), random.nextInt(100)));
	}
}
