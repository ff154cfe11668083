package org.openprovince.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openprovince.calendar.DayKind;
import org.openprovince.calendar.WorkingCalendar;
import org.openprovince.feedback.internal.FeedbackDeadlines;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.Organization;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time limits of indicator 5.2 (spec §10 group 5) on Sở Tư pháp's calendar (default office hours
 * 07:00–11:30, 13:30–17:00, Monday to Friday), counted as the Civil Code does: the day of submission
 * does not count, the limit ends at the close of its last working day. Around 30/4–1/5/2026 (Thursday,
 * Friday) and Giỗ Tổ Hùng Vương on Sunday 26/4/2026 with its nghỉ bù on Monday 27/4.
 */
@SpringBootTest
class FeedbackDeadlineGoldenTests {

	@Autowired
	FeedbackDeadlines deadlines;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Organization organization;

	UUID tuPhap;

	@BeforeEach
	void setUp() {
		tuPhap = organization.findAgencyByCode(AgencyCode.of(FeedbackFixtures.TU_PHAP)).orElseThrow().id().value();
	}

	@Test
	void theHolidaysTheTableReliesOn() {
		assertThat(calendar.days(new AgencyId(tuPhap), LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 4)))
			.extracting(d -> d.date().getDayOfMonth() + ":" + d.working())
			.containsExactly("24:true", "25:false", "26:false", "27:false", "28:true", "29:true", "30:false", "1:false",
					"2:false", "3:false", "4:true");
		assertThat(calendar.days(new AgencyId(tuPhap), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 30)).getFirst()
			.kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
	@CsvSource(delimiter = '|', textBlock = """
			# submitted (Vietnam time) | days | due (Vietnam time)  | why
			2026-04-29T10:00 | 2  | 2026-05-05T17:00 | refusal: 30/4, 1/5 holidays and the weekend skipped; Mon 4/5 and Tue 5/5
			2026-04-29T10:00 | 5  | 2026-05-08T17:00 | supplement request: 4/5 to 8/5
			2026-04-29T10:00 | 15 | 2026-05-22T17:00 | answer: three full weeks of May after the holidays
			2026-04-24T10:00 | 2  | 2026-04-29T17:00 | refusal across the nghỉ bù of Giỗ Tổ (Mon 27/4): Tue 28/4, Wed 29/4
			2026-04-24T10:00 | 15 | 2026-05-20T17:00 | answer across Giỗ Tổ and 30/4–1/5: 28, 29/4, then 4/5 to 20/5
			2026-04-30T09:00 | 2  | 2026-05-06T17:00 | submitted on a holiday: received Monday 4/5, which is not counted; Tue 5/5, Wed 6/5
			2026-05-08T16:59 | 2  | 2026-05-12T17:00 | publication: Friday 16:59, weekend skipped, Mon 11/5 and Tue 12/5
			2026-05-08T17:30 | 2  | 2026-05-13T17:00 | after hours on Friday: received Monday 11/5, which is not counted
			""")
	void deadlines(String submitted, int days, String due, String why) {
		Instant start = LocalDateTime.parse(submitted).atZone(VietnamTime.ZONE).toInstant();
		Instant expected = LocalDateTime.parse(due).atZone(VietnamTime.ZONE).toInstant();
		assertThat(deadlines.after(tuPhap, start, days)).as(why).isEqualTo(expected);
	}
}
