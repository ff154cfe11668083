package org.openprovince.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.feedback.internal.Classification;
import org.openprovince.feedback.internal.Feedback;
import org.openprovince.feedback.internal.FeedbackDeadlines;
import org.openprovince.feedback.internal.FeedbackService;
import org.openprovince.feedback.internal.FeedbackService.Submission;
import org.openprovince.feedback.internal.FeedbackStatus;
import org.openprovince.feedback.internal.SubjectKind;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.CurrentUser;
import org.openprovince.organization.Organization;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The feedback rules on the demo province: who may take which step in which status, the deadlines and
 * on-time flags each step stores, one winner when two officers act at once, one vote per citizen, and
 * the indicator counts. A refused step writes nothing.
 */
@SpringBootTest
class FeedbackRulesIntegrationTests {

	@Autowired
	FeedbackService service;

	@Autowired
	FeedbackIndicators indicators;

	@Autowired
	FeedbackDeadlines deadlines;

	@Autowired
	AccountService accounts;

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	FeedbackFixtures fixtures;

	CurrentUser head;

	CurrentUser leader;

	CurrentUser caseOfficer;

	CurrentUser desk;

	CurrentUser hongHaLeader;

	CurrentUser an;

	CurrentUser binh;

	@BeforeEach
	void setUp() {
		fixtures = new FeedbackFixtures(service, accounts, organization);
		head = fixtures.user("truongphong.tuphap");
		leader = fixtures.user("lanhdao.tuphap");
		caseOfficer = fixtures.user("chuyenvien.tuphap");
		desk = fixtures.user("tiepnhan.tinh");
		hongHaLeader = fixtures.user("lanhdao.hongha");
		an = fixtures.user("001090012345");
		binh = fixtures.user("036195004321");
	}

	/** Runs a refused step and checks that it left no trace: same version, same history, no audit entry. */
	private void refused(Feedback f, Supplier<Feedback> step, String message) {
		long history = count("select count(*) from feedback_history where feedback_id = ?", f.id());
		long audit = jdbc.sql("select count(*) from audit_entry where target_id = ?").param(f.id().toString())
			.query(Long.class).single();
		assertThatThrownBy(step::get).isInstanceOf(FeedbackException.class).hasMessageContaining(message);
		assertThat(jdbc.sql("select version from feedback where id = ?").param(f.id()).query(Long.class).single())
			.isEqualTo(f.version());
		assertThat(count("select count(*) from feedback_history where feedback_id = ?", f.id())).isEqualTo(history);
		assertThat(jdbc.sql("select count(*) from audit_entry where target_id = ?").param(f.id().toString())
			.query(Long.class).single()).isEqualTo(audit);
	}

	private long count(String sql, UUID id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}

	@Test
	void submissionGetsACodeDeadlinesOnTheAgencysCalendarHistoryAndAuditEntry() {
		Feedback f = fixtures.received(FeedbackFixtures.TU_PHAP, an);
		String today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE)
			.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
		assertThat(f.code()).matches("PAKN-" + today + "-\\d{4}");
		assertThat(f.status()).isEqualTo(FeedbackStatus.RECEIVED);
		assertThat(f.submitter().accountId()).isEqualTo(an.accountId().value());
		UUID tuPhap = fixtures.agency(FeedbackFixtures.TU_PHAP);
		assertThat(f.refuseBy()).isEqualTo(deadlines.after(tuPhap, f.submittedAt(), 2));
		assertThat(f.supplementBy()).isEqualTo(deadlines.after(tuPhap, f.submittedAt(), 5));
		assertThat(f.answerBy()).isEqualTo(deadlines.after(tuPhap, f.submittedAt(), 15));
		assertThat(f.dueAt()).isEqualTo(f.answerBy());
		assertThat(count("select count(*) from feedback_history where feedback_id = ?", f.id())).isEqualTo(1);
		assertThat(jdbc.sql("select actor from audit_entry where target_id = ? and action = 'feedback.submitted'")
			.param(f.id().toString()).query(String.class).single()).isEqualTo("001090012345");

		Feedback next = fixtures.received(FeedbackFixtures.HONG_HA, null);
		assertThat(Integer.parseInt(next.code().substring(12))).isGreaterThan(Integer.parseInt(f.code().substring(12)));
		assertThat(next.submitter().accountId()).isNull();
	}

	@Test
	void submissionNeedsAContactAnAgencyInForceTheOfficialsNameAndValidCodes() {
		UUID tuPhap = fixtures.agency(FeedbackFixtures.TU_PHAP);
		Submission ok = FeedbackFixtures.submission(tuPhap, "Lê Thị Thu");
		assertThatThrownBy(() -> service.submit(new Submission(ok.subject(), tuPhap, null, null, null, ok.title(),
				ok.content(), ok.name(), ok.address(), null, null), null))
			.isInstanceOf(FeedbackException.class).hasMessageContaining("số điện thoại hoặc thư điện tử");
		assertThatThrownBy(() -> service.submit(new Submission(ok.subject(), UUID.randomUUID(), null, null, null,
				ok.title(), ok.content(), ok.name(), ok.address(), ok.phone(), null), null))
			.isInstanceOf(FeedbackException.class).hasMessageContaining("chọn cơ quan");
		assertThatThrownBy(() -> service.submit(new Submission(SubjectKind.OFFICIAL, tuPhap, null, null, null,
				ok.title(), ok.content(), ok.name(), ok.address(), ok.phone(), null), null))
			.isInstanceOf(FeedbackException.class).hasMessageContaining("họ tên cán bộ");
		assertThatThrownBy(() -> service.submit(new Submission(ok.subject(), tuPhap, "9.999999", null, null,
				ok.title(), ok.content(), ok.name(), ok.address(), ok.phone(), null), null))
			.isInstanceOf(FeedbackException.class).hasMessageContaining("9.999999");
		assertThatThrownBy(() -> service.submit(new Submission(ok.subject(), tuPhap, null, null, "HS-123", ok.title(),
				ok.content(), ok.name(), ok.address(), ok.phone(), null), null))
			.isInstanceOf(FeedbackException.class).hasMessageContaining("không đúng định dạng");

		Feedback f = service.submit(new Submission(SubjectKind.PROCEDURE, tuPhap, "1.001193", null,
				"000.00.09.h99-261121-0007", ok.title(), ok.content(), ok.name(), ok.address(), ok.phone(), null), null);
		assertThat(f.procedureCode()).isEqualTo("1.001193");
		assertThat(f.procedureName()).isNotBlank();
		assertThat(f.dossierCode()).isEqualTo("000.00.09.H99-261121-0007");
	}

	@Test
	void onlyHandlersOfTheAgencyActAndOnlyItsHeadsOrLeadersPublish() {
		Feedback f = fixtures.received(FeedbackFixtures.TU_PHAP, null);
		refused(f, () -> service.accept(f.id(), f.version(), caseOfficer, Classification.OFFICIAL_CONDUCT,
				head.accountId().value()), "không có quyền");
		refused(f, () -> service.refuse(f.id(), f.version(), hongHaLeader, "Không thuộc thẩm quyền"), "không có quyền");
		refused(f, () -> service.refuse(f.id(), f.version(), desk, "Không thuộc thẩm quyền"), "không có quyền");
		refused(f, () -> service.accept(f.id(), f.version(), head, Classification.OFFICIAL_CONDUCT,
				hongHaLeader.accountId().value()), "người xử lý");
		refused(f, () -> service.accept(f.id(), f.version(), head, null, head.accountId().value()), "phân loại");
		assertThat(service.visible(f.id(), caseOfficer)).isEmpty();
		assertThat(service.visible(f.id(), fixtures.user("quantri"))).isPresent();
		assertThat(service.available(f, fixtures.user("quantri"))).isEmpty();

		// The provincial center's reception officer handles its own items but may not publish the answer.
		Feedback centre = fixtures.received(FeedbackFixtures.CENTER, null);
		Feedback accepted = service.accept(centre.id(), centre.version(), desk, Classification.REGULATION_PROCEDURE,
				desk.accountId().value());
		Feedback answered = service.answer(accepted.id(), accepted.version(), desk, "Trung tâm đã bố trí thêm quầy.");
		refused(answered, () -> service.publish(answered.id(), answered.version(), desk), "không có quyền");
		assertThat(service.available(answered, desk)).doesNotContain(
				org.openprovince.feedback.internal.FeedbackAction.PUBLISH);
	}

	@Test
	void eachStepOnlyInItsStatus() {
		Feedback f = fixtures.accepted();
		refused(f, () -> service.refuse(f.id(), f.version(), head, "Muộn"), "Không thể");
		refused(f, () -> service.requestSupplement(f.id(), f.version(), head, "Thêm"), "Không thể");
		refused(f, () -> service.publish(f.id(), f.version(), leader), "Không thể");
		refused(f, () -> service.answer(f.id(), f.version(), head, "  "), "nội dung trả lời");
		refused(f, () -> service.transfer(f.id(), f.version(), head, f.agencyId(), "Nhầm"), "cơ quan khác");

		Feedback received = fixtures.received(FeedbackFixtures.TU_PHAP, an);
		refused(received, () -> service.refuse(received.id(), received.version(), head, " "), "lý do");
		refused(received, () -> service.answer(received.id(), received.version(), head, "Trả lời"), "Không thể");
		Feedback asked = service.requestSupplement(received.id(), received.version(), head, "Cho biết mã hồ sơ.");
		assertThat(asked.dueAt()).isNull();
		assertThat(asked.onTime()).isTrue();
		assertThatThrownBy(() -> service.supplement(asked.code(), asked.version(), binh, "Mã hồ sơ …"))
			.isInstanceOf(FeedbackException.class).hasMessageContaining("Không tìm thấy");
		Feedback supplemented = service.supplement(asked.code(), asked.version(), an, "Mã hồ sơ 000.00.02.H99-261120-0001");
		assertThat(supplemented.status()).isEqualTo(FeedbackStatus.RECEIVED);
		assertThat(supplemented.onTime()).isNull();
		assertThat(supplemented.answerBy()).isAfterOrEqualTo(asked.answerBy());
		refused(supplemented, () -> service.requestSupplement(supplemented.id(), supplemented.version(), head, "Lần nữa"),
				"một lần");
	}

	@Test
	void transferRestartsTheFifteenDaysOnTheNewAgencysCalendar() {
		Feedback f = fixtures.accepted();
		UUID hongHa = fixtures.agency(FeedbackFixtures.HONG_HA);
		Feedback moved = service.transfer(f.id(), f.version(), head, hongHa, "Thuộc thẩm quyền của phường.");
		assertThat(moved.status()).isEqualTo(FeedbackStatus.TRANSFERRED);
		assertThat(moved.agencyId()).isEqualTo(hongHa);
		assertThat(moved.transferredAt()).isNotNull();
		assertThat(moved.answerBy()).isEqualTo(deadlines.after(hongHa, moved.transferredAt(), 15));
		assertThat(moved.handlerName()).isNull();
		assertThat(service.visible(f.id(), head)).isEmpty();
		refused(moved, () -> service.answer(moved.id(), moved.version(), head, "Trả lời"), "không có quyền");
		Feedback answered = service.answer(moved.id(), moved.version(), hongHaLeader, "Phường đã xử lý.");
		assertThat(answered.handlerName()).isEqualTo(hongHaLeader.displayName());
		assertThat(answered.publishBy()).isEqualTo(deadlines.after(hongHa, answered.answeredAt(), 2));
		Feedback published = service.publish(answered.id(), answered.version(), hongHaLeader);
		assertThat(published.status()).isEqualTo(FeedbackStatus.PUBLISHED);
		assertThat(published.onTime()).isTrue();
		assertThat(service.history(f.id())).extracting(h -> h.to().name())
			.containsExactly("RECEIVED", "ACCEPTED", "TRANSFERRED", "ANSWERED", "PUBLISHED");
	}

	@Test
	void refusalOutsideItsTwoWorkingDaysIsLate() {
		Feedback f = fixtures.received(FeedbackFixtures.TU_PHAP, null);
		FeedbackService later = service.withClock(Clock.offset(clock, Duration.ofDays(10)));
		Feedback refused = new TransactionTemplate(transactions)
			.execute(status -> later.refuse(f.id(), f.version(), head, "Không thuộc phạm vi phản ánh."));
		assertThat(refused.status()).isEqualTo(FeedbackStatus.REFUSED);
		assertThat(refused.onTime()).isFalse();
	}

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void twoOfficersAtOnceExactlyOneWins() throws Exception {
		Feedback f = fixtures.received(FeedbackFixtures.TU_PHAP, null);
		var ready = new CountDownLatch(2);
		var go = new CountDownLatch(1);
		List<Callable<String>> both = List.of(head, leader).stream().<Callable<String>>map(officer -> () -> {
			ready.countDown();
			go.await();
			try {
				service.accept(f.id(), f.version(), officer, Classification.REGULATION_PROCEDURE, officer.accountId().value());
				return "won";
			}
			catch (FeedbackException ex) {
				return ex.getMessage();
			}
		}).toList();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (Callable<String> task : both) {
				results.add(pool.submit(task));
			}
			ready.await();
			go.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).containsOnlyOnce("won");
			assertThat(outcomes).anyMatch(m -> m.contains("vừa được người khác cập nhật"));
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select version from feedback where id = ?").param(f.id()).query(Long.class).single())
			.isEqualTo(2L);
		assertThat(count("select count(*) from feedback_history where feedback_id = ?", f.id())).isEqualTo(2);
	}

	@Test
	void aCitizenVotesOncePerAnswerAndMayChangeTheVote() {
		Feedback f = fixtures.published("Sở đã rút ngắn thời gian trả kết quả.");
		service.vote(f.code(), an, 1);
		service.vote(f.code(), an, 1);
		service.vote(f.code(), binh, -1);
		assertThat(votes(f)).containsExactly(1, 1);
		service.vote(f.code(), an, -1);
		assertThat(votes(f)).containsExactly(0, 2);
		assertThat(count("select count(*) from feedback_vote where feedback_id = ?", f.id())).isEqualTo(2);
		assertThat(service.voteOf(f.id(), an)).isEqualTo(-1);

		assertThatThrownBy(() -> service.vote(f.code(), head, 1)).isInstanceOf(FeedbackException.class)
			.hasMessageContaining("công dân");
		Feedback open = fixtures.accepted();
		assertThatThrownBy(() -> service.vote(open.code(), an, 1)).isInstanceOf(FeedbackException.class);
		assertThatThrownBy(() -> service.vote(f.code(), an, 5)).isInstanceOf(FeedbackException.class);
	}

	@Test
	void indicatorsCountHandledOnTimeInProgressClassifiedAndUnsatisfied() {
		UUID tuPhap = fixtures.agency(FeedbackFixtures.TU_PHAP);
		LocalDate today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
		FeedbackCounts before = indicators.onTime(today, today, tuPhap);

		Feedback published = fixtures.published("Đã giải quyết.");
		service.vote(published.code(), an, -1);
		fixtures.accepted();
		Feedback received = fixtures.received(FeedbackFixtures.TU_PHAP, null);
		service.refuse(received.id(), received.version(), head, "Không thuộc phạm vi.");

		FeedbackCounts after = indicators.onTime(today, today, tuPhap);
		assertThat(after.total() - before.total()).isEqualTo(3);
		assertThat(after.handled() - before.handled()).isEqualTo(2);
		assertThat(after.handledOnTime() - before.handledOnTime()).isEqualTo(2);
		assertThat(after.inProgress() - before.inProgress()).isEqualTo(1);
		assertThat(after.inProgressOnTime() - before.inProgressOnTime()).isEqualTo(1);
		assertThat(after.onTime() - before.onTime()).isEqualTo(3);
		assertThat(after.classified() - before.classified()).isEqualTo(2);
		assertThat(after.firstReceived() - before.firstReceived()).isEqualTo(3);
		assertThat(after.unsatisfied() - before.unsatisfied()).isEqualTo(1);
		assertThat(after.satisfied() - before.satisfied()).isEqualTo(2);
		assertThat(indicators.onTime(today.minusYears(5), today, null).total()).isGreaterThanOrEqualTo(after.total());
	}

	private List<Integer> votes(Feedback f) {
		return jdbc.sql("select likes, dislikes from feedback where id = ?").param(f.id())
			.query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single();
	}
}
