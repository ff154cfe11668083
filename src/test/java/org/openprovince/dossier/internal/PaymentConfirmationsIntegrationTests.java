package org.openprovince.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openprovince.dossier.CitizenDossierView.CitizenAction;
import org.openprovince.dossier.CitizenDossiers;
import org.openprovince.dossier.CitizenFixtures;
import org.openprovince.dossier.DossierAction;
import org.openprovince.dossier.DossierException;
import org.openprovince.dossier.DossierFixtures;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierState;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.CurrentUser;
import org.openprovince.payment.PaymentId;
import org.openprovince.payment.PaymentPurpose;
import org.openprovince.payment.PaymentSucceeded;
import org.openprovince.payment.PaymentView;
import org.openprovince.payment.Payments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Paying for a dossier (spec §8.2): the citizen's payment request is built from the procedure's base
 * fee or from the obligation the officer set, and the gateway's confirmation reaches the dossier once,
 * however often it is delivered.
 */
@SpringBootTest
class PaymentConfirmationsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CitizenDossiers dossiers;

	@Autowired
	Payments payments;

	@Autowired
	PaymentConfirmations confirmations;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFeeDueAtSubmissionIsPaidOnceHoweverOftenTheGatewayConfirms() {
		var fixtures = new CitizenFixtures(context);
		CurrentUser citizen = fixtures.citizen(CitizenFixtures.BINH);
		DossierId id = dossiers.submit(citizen, fixtures.application("Trần Thị Bình", "036195004321", "0912345678")).id();
		var view = dossiers.view(citizen, id).orElseThrow();
		assertThat(view.may(CitizenAction.PAY)).isTrue();
		long due = view.due().amount();
		assertThat(view.due().obligation()).isFalse();

		PaymentId payment = dossiers.pay(citizen, id);
		assertThat(dossiers.pay(citizen, id)).as("a double click opens no second request").isEqualTo(payment);
		PaymentView request = payments.find(payment).orElseThrow();
		assertThat(request.amount()).isEqualTo(due);
		assertThat(request.purpose()).isEqualTo(PaymentPurpose.SUBMISSION_FEE);
		assertThat(request.subjectReference()).isEqualTo(view.code().value());

		PaymentSucceeded paid = succeeded(payment, id, view.code().value(), PaymentPurpose.SUBMISSION_FEE, due);
		confirmations.apply(paid);
		confirmations.apply(paid);

		var after = dossiers.view(citizen, id).orElseThrow();
		assertThat(after.feePaidAt()).isNotNull();
		assertThat(after.feeReceipt()).isEqualTo("0000042");
		assertThat(after.due()).isNull();
		assertThat(after.may(CitizenAction.PAY)).isFalse();
		assertThat(after.state()).isEqualTo(DossierState.SUBMITTED);
		assertThat(history(id, DossierAction.FEE_PAID)).isEqualTo(1);
		assertThatThrownBy(() -> dossiers.pay(citizen, id)).isInstanceOf(DossierException.class)
			.hasMessageContaining("không có khoản nào phải thanh toán");
	}

	@Test
	void aPaidObligationStartsTheClockAgainAndAWrongAmountChangesNothing() {
		var fixtures = new CitizenFixtures(context);
		var officers = new DossierFixtures(accounts, jdbc);
		CurrentUser citizen = fixtures.citizen(CitizenFixtures.AN);
		DossierId id = dossiers.submit(citizen, fixtures.application("Nguyễn Văn An", "001090012345", "0987654321")).id();
		Dossier d = fixtures.processing(id);
		d = workflow.requestPayment(id, d.version(), officers.officer("chuyenvien.tuphap"), 50_000,
				"Lệ phí cấp bản sao trích lục bổ sung");
		assertThat(d.state()).isEqualTo(DossierState.PAYMENT_REQUESTED);

		PaymentId payment = dossiers.pay(citizen, id);
		PaymentView request = payments.find(payment).orElseThrow();
		assertThat(request.purpose()).isEqualTo(PaymentPurpose.FINANCIAL_OBLIGATION);
		assertThat(request.amount()).isEqualTo(50_000);

		String code = d.code().value();
		assertThatThrownBy(
				() -> confirmations.apply(succeeded(payment, id, code, PaymentPurpose.FINANCIAL_OBLIGATION, 40_000)))
			.isInstanceOf(DossierException.class);
		assertThat(workflow.find(id).orElseThrow().state()).isEqualTo(DossierState.PAYMENT_REQUESTED);

		confirmations.apply(succeeded(payment, id, code, PaymentPurpose.FINANCIAL_OBLIGATION, 50_000));
		Dossier resumed = workflow.find(id).orElseThrow();
		assertThat(resumed.state()).isEqualTo(DossierState.PROCESSING);
		assertThat(resumed.pausedSince()).isNull();
		HistoryEntry last = workflow.history(id).getLast();
		assertThat(last.action()).isEqualTo(DossierAction.RECORD_PAYMENT);
		assertThat(last.actorName()).isEqualTo("Nguyễn Văn An");
		assertThat(last.note()).isEqualTo("0000042");
	}

	private static PaymentSucceeded succeeded(PaymentId payment, DossierId dossier, String code, PaymentPurpose purpose,
			long amount) {
		return new PaymentSucceeded(payment, PaymentConfirmations.SUBJECT, dossier.value(), code, purpose, amount,
				Instant.now(), "sandbox", "14562301", "NCB", "0000042");
	}

	private int history(DossierId id, DossierAction action) {
		return jdbc.sql("select count(*) from dossier_history where dossier_id = ? and action = ?")
			.params(id.value(), action.name())
			.query(Integer.class)
			.single();
	}
}
