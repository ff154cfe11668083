package org.openprovince.dossier;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.internal.Actor;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.identity.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One guard per transition (spec §3.3): the transition is refused with a Vietnamese message when the
 * status, the step or the person does not allow it, and nothing is written; plus the concurrency rules.
 */
@SpringBootTest
class DossierRulesIntegrationTests {

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	DossierFixtures fixtures;

	Actor desk;

	Actor specialist;

	Actor head;

	Actor leader;

	Actor otherDesk;

	@BeforeEach
	void setUp() {
		fixtures = new DossierFixtures(accounts, jdbc);
		desk = fixtures.officer("tiepnhan.tinh");
		specialist = fixtures.officer("chuyenvien.tuphap");
		head = fixtures.officer("truongphong.tuphap");
		leader = fixtures.officer("lanhdao.tuphap");
		otherDesk = fixtures.officer("tiepnhan.hongha");
	}

	private Dossier received() {
		return workflow.receiveAtCounter(desk, fixtures.intake("Lê Thị Thu"));
	}

	private Dossier processing() {
		Dossier d = received();
		return workflow.forward(d.id(), d.version(), desk, null, null, null, null, List.of());
	}

	/** Runs a refused action and checks that it left no trace: same version, same history, no audit entry. */
	private void refused(Dossier d, Supplier<Dossier> action, String message) {
		int history = count("select count(*) from dossier_history where dossier_id = ?", d);
		int audit = jdbc.sql("select count(*) from audit_entry where target_id = ?").param(d.id().toString())
			.query(Integer.class).single();
		assertThatThrownBy(action::get).isInstanceOf(DossierException.class).hasMessageContaining(message);
		assertThat(jdbc.sql("select version from dossier where id = ?").param(d.id().value()).query(Long.class).single())
			.isEqualTo(d.version());
		assertThat(count("select count(*) from dossier_history where dossier_id = ?", d)).isEqualTo(history);
		assertThat(jdbc.sql("select count(*) from audit_entry where target_id = ?").param(d.id().toString())
			.query(Integer.class).single()).isEqualTo(audit);
	}

	private int count(String sql, Dossier d) {
		return jdbc.sql(sql).param(d.id().value()).query(Integer.class).single();
	}

	@Test
	void receptionNeedsTheReceivingAgencysDesk() {
		var hongHaDesk = otherDesk;
		assertThatThrownBy(() -> workflow.receiveAtCounter(specialist, fixtures.intake("Lê Thị Thu")))
			.isInstanceOf(DossierException.class)
			.hasMessageContaining("không có quyền");
		assertThatThrownBy(() -> workflow.receiveAtCounter(hongHaDesk, fixtures.intake("Lê Thị Thu")))
			.isInstanceOf(DossierException.class);
	}

	@Test
	void forwardNeedsTheStepsRoleInTheStepsAgency() {
		Dossier d = processing();
		refused(d, () -> workflow.forward(d.id(), d.version(), head, null, null, null, null, List.of()), "không có quyền");
		refused(d, () -> workflow.forward(d.id(), d.version(), desk, null, null, null, null, List.of()), "không có quyền");
	}

	@Test
	void acceptAndRefuseReceptionOnlyApplyToOnlineSubmissionsOrTheReceptionStep() {
		Dossier d = processing();
		refused(d, () -> workflow.accept(d.id(), d.version(), desk), "Không thể");
		refused(d, () -> workflow.refuseReception(d.id(), d.version(), desk, "Thiếu"), "Không thể");
		refused(d, () -> workflow.requestReceptionSupplement(d.id(), d.version(), desk, List.of("a"), "b"), "Không thể");
		Dossier atDesk = received();
		refused(atDesk, () -> workflow.refuseReception(atDesk.id(), atDesk.version(), desk, " "), "lý do");
		Dossier refusedAtDesk = workflow.refuseReception(atDesk.id(), atDesk.version(), desk, "Giấy tờ giả mạo");
		assertThat(refusedAtDesk.status()).isEqualTo(DvcqgStatus.REFUSED);
		refused(refusedAtDesk, () -> workflow.withdraw(refusedAtDesk.id(), refusedAtDesk.version(), desk, "x"), "Không thể");
	}

	@Test
	void sendBackOnlyWhereTheProcessAllowsAndNeverToTheDesk() {
		Dossier d = processing();
		refused(d, () -> workflow.sendBack(d.id(), d.version(), specialist, "Sai"), "không cho phép");
		Dossier atHead = workflow.forward(d.id(), d.version(), specialist, null, null, null, null, List.of());
		refused(atHead, () -> workflow.sendBack(atHead.id(), atHead.version(), head, ""), "lý do");
		Dossier back = workflow.sendBack(atHead.id(), atHead.version(), head, "Bổ sung ý kiến thẩm định");
		assertThat(back.currentStep().index()).isEqualTo(1);
	}

	@Test
	void reassignOnlyToSomeoneHoldingTheStepsRole() {
		Dossier d = processing();
		refused(d, () -> workflow.reassign(d.id(), d.version(), head, leader.accountId(), null), "không được giao");
		refused(d, () -> workflow.reassign(d.id(), d.version(), otherDesk, specialist.accountId(), null), "không có quyền");
		Dossier reassigned = workflow.reassign(d.id(), d.version(), head, specialist.accountId(), "Giao anh Hùng");
		assertThat(reassigned.assigneeName()).isEqualTo("Lê Văn Hùng");
	}

	@Test
	void onlyOneSupplementRequestDuringProcessingAndEverythingListedAtOnce() {
		Dossier d = processing();
		refused(d, () -> workflow.proposeSupplement(d.id(), d.version(), specialist, List.of(" "), "Thiếu"), "Hãy liệt kê");
		refused(d, () -> workflow.issueSupplementRequest(d.id(), d.version(), desk), "Không thể");
		Dossier proposed = workflow.proposeSupplement(d.id(), d.version(), specialist,
				List.of("Bản sao CCCD", "Giấy ủy quyền"), "Thiếu giấy tờ");
		refused(proposed, () -> workflow.issueSupplementRequest(proposed.id(), proposed.version(), specialist), "không có quyền");
		Dossier requested = workflow.issueSupplementRequest(proposed.id(), proposed.version(), desk);
		assertThat(requested.status()).isEqualTo(DvcqgStatus.SUPPLEMENT_REQUESTED);
		assertThat(requested.pausedSince()).isNotNull();
		Dossier resumed = workflow.completeSupplement(requested.id(), requested.version(), desk, "Đã nộp đủ", List.of());
		assertThat(resumed.status()).isEqualTo(DvcqgStatus.PROCESSING);
		refused(resumed, () -> workflow.proposeSupplement(resumed.id(), resumed.version(), specialist, List.of("x"), "y"),
				"một lần");
	}

	@Test
	void paymentIsRequestedByTheCaseOfficerAndRecordedAtTheDesk() {
		Dossier d = processing();
		refused(d, () -> workflow.requestPayment(d.id(), d.version(), specialist, 0, "Lệ phí"), "lớn hơn 0");
		refused(d, () -> workflow.recordPayment(d.id(), d.version(), desk, null, List.of()), "Không thể");
		Dossier asked = workflow.requestPayment(d.id(), d.version(), specialist, 100_000, "Lệ phí trước bạ");
		assertThat(asked.status()).isEqualTo(DvcqgStatus.PAYMENT_REQUESTED);
		Dossier paid = workflow.recordPayment(asked.id(), asked.version(), desk, "Biên lai 0012", List.of());
		assertThat(paid.status()).isEqualTo(DvcqgStatus.PROCESSING);
	}

	@Test
	void refusalIsProposedByTheCaseOfficerAndEndsAsAReasonedResult() {
		Dossier d = processing();
		refused(d, () -> workflow.proposeRefusal(d.id(), d.version(), specialist, null, ""), "lý do");
		Dossier proposed = workflow.proposeRefusal(d.id(), d.version(), specialist, null,
				"Người yêu cầu không thuộc đối tượng được cấp");
		refused(proposed, () -> workflow.proposeRefusal(proposed.id(), proposed.version(), head, null, "x"), "chuyên viên");
		Dossier atLeader = workflow.forward(proposed.id(), proposed.version(), head, null, null, null, null, List.of());
		Dossier atClerk = workflow.forward(atLeader.id(), atLeader.version(), leader, null, "Đồng ý từ chối", null, null,
				List.of());
		Dossier done = workflow.forward(atClerk.id(), atClerk.version(), fixtures.officer("vanthu.tuphap"), null, null,
				new org.openprovince.dossier.internal.ResultDocument("45/TB-STP", "Hoàng Văn Nam",
						java.time.LocalDate.now(), "Thông báo từ chối", null),
				null, List.of());
		assertThat(done.status()).isEqualTo(DvcqgStatus.DONE);
		assertThat(done.outcome()).isEqualTo(org.openprovince.dossier.internal.Outcome.REFUSE);
	}

	@Test
	void apologyOnceBeforeTheDeadlineWithALaterDate() {
		Dossier d = processing();
		Instant later = d.dueAt().plus(3, ChronoUnit.DAYS);
		refused(d, () -> workflow.apologise(d.id(), d.version(), specialist, later, "Chậm"), "không có quyền");
		refused(d, () -> workflow.apologise(d.id(), d.version(), head, d.dueAt().minusSeconds(60), "Chậm"), "sau ngày hẹn");
		Dossier apologised = workflow.apologise(d.id(), d.version(), head, later, "Cần xác minh thêm tại địa phương");
		assertThat(apologised.dueAt()).isEqualTo(later);
		refused(apologised, () -> workflow.apologise(apologised.id(), apologised.version(), head,
				later.plus(1, ChronoUnit.DAYS), "Lần hai"), "một lần");
	}

	@Test
	void stopAndWithdrawAreFinalAndNeedAReason() {
		Dossier d = processing();
		refused(d, () -> workflow.stop(d.id(), d.version(), specialist, "x"), "không có quyền");
		refused(d, () -> workflow.stop(d.id(), d.version(), desk, null), "lý do");
		Dossier stopped = workflow.stop(d.id(), d.version(), desk, "Người nộp đề nghị dừng");
		assertThat(stopped.status()).isEqualTo(DvcqgStatus.STOPPED);
		refused(stopped, () -> workflow.forward(stopped.id(), stopped.version(), specialist, null, null, null, null,
				List.of()), "Không thể");
		Dossier other = processing();
		Dossier withdrawn = workflow.withdraw(other.id(), other.version(), desk, "Người nộp xin rút");
		assertThat(withdrawn.status()).isEqualTo(DvcqgStatus.WITHDRAWN);
		refused(withdrawn, () -> workflow.rate(withdrawn.id(), withdrawn.version(), desk, Rating.SATISFIED), "Không thể");
	}

	@Test
	void returnAndRatingOnlyOnceTheResultIsReady() {
		Dossier d = processing();
		refused(d, () -> workflow.returnResult(d.id(), d.version(), desk, ReturnMethod.COUNTER, "A", null), "Không thể");
		refused(d, () -> workflow.rate(d.id(), d.version(), desk, Rating.SATISFIED), "Không thể");
	}

	@Test
	void ofTwoOfficersActingAtOnceExactlyOneSucceeds() throws Exception {
		Dossier d = processing();
		Actor again = fixtures.officer("chuyenvien.tuphap");
		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Dossier>> results = new ArrayList<>();
			for (Actor actor : List.of(specialist, again)) {
				Callable<Dossier> call = () -> {
					start.await();
					return workflow.forward(d.id(), d.version(), actor, null, null, null, null, List.of());
				};
				results.add(pool.submit(call));
			}
			start.countDown();
			int succeeded = 0;
			List<String> failures = new ArrayList<>();
			for (Future<Dossier> result : results) {
				try {
					result.get();
					succeeded++;
				}
				catch (java.util.concurrent.ExecutionException ex) {
					failures.add(ex.getCause().getMessage());
				}
			}
			assertThat(succeeded).isEqualTo(1);
			assertThat(failures).singleElement().asString().contains("tải lại");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("select count(*) from dossier_history where dossier_id = ? and action = 'FORWARD'", d))
			.isEqualTo(2);
	}

	@Test
	void codesAreUniqueWhenManyDesksReceiveAtOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		Set<String> codes = ConcurrentHashMap.newKeySet();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				futures.add(pool.submit(() -> codes.add(received().code().value())));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(codes).hasSize(12);
	}
}
