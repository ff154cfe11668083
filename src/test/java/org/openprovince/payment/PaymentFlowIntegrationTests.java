package org.openprovince.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprovince.payment.PortalClient.location;

import java.net.http.HttpResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fee payment end to end on the demo province: the application on a random port with the sandbox
 * gateway (the default), a citizen paying through real HTTP without JavaScript, the sandbox bank calling
 * the IPN over HTTP, and callbacks forged, tampered, replayed and raced.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "openprovince.demo.enabled=true")
@Import(PaymentFlowIntegrationTests.PaidEvents.class)
class PaymentFlowIntegrationTests {

	static final String SANDBOX_SECRET = "OPENPROVINCESANDBOXSECRETNOTFORREALMONEY";

	static final String PAYER = "001090012345";

	static final String OTHER_CITIZEN = "036195004321";

	@LocalServerPort
	int port;

	@Autowired
	Payments payments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PaidEvents paid;

	@Test
	void paysThroughTheSandboxBankThenShowsTheReceipt() {
		var citizen = new PortalClient(port).login(PAYER, false);
		PaymentId id = open(PAYER, "Lệ phí cấp Phiếu lý lịch tư pháp");

		var page = citizen.get(payments.payPagePath(id));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("50.000 đ", "30.000 đ", "20.000 đ", "Lệ phí", "Phí", "Chưa thanh toán",
				"cổng thanh toán thử nghiệm", ">Thanh toán</button>");

		String bankUrl = startAttempt(citizen, id);
		assertThat(bankUrl).startsWith(citizen.base() + "/thanh-toan/sandbox?");
		Map<String, String> order = PortalClient.query(bankUrl);
		assertThat(order).containsEntry("vnp_Amount", "5000000")
			.containsEntry("vnp_Version", "2.1.0")
			.containsEntry("vnp_Command", "pay")
			.containsEntry("vnp_CurrCode", "VND")
			.containsEntry("vnp_TmnCode", "OPSANDBX")
			.containsEntry("vnp_ReturnUrl", citizen.base() + "/thanh-toan/ket-qua")
			.containsKeys("vnp_TxnRef", "vnp_CreateDate", "vnp_ExpireDate", "vnp_IpAddr", "vnp_SecureHash");
		assertThat(order.get("vnp_OrderInfo")).endsWith("Le phi cap Phieu ly lich tu phap");
		assertThat(status(id)).isEqualTo(PaymentStatus.PENDING);

		var bank = citizen.get(bankUrl);
		assertThat(bank.statusCode()).isEqualTo(200);
		assertThat(bank.body()).contains("Cổng thanh toán thử nghiệm", "không có tiền thật", "50.000 đ",
				order.get("vnp_TxnRef"));
		var back = citizen.post("/thanh-toan/sandbox", bank.body(),
				Map.of("query", PortalClient.hidden(bank.body(), "query"), "decision", "success"));
		assertThat(back.statusCode()).isEqualTo(303);
		String returnUrl = location(back);
		assertThat(returnUrl).startsWith(citizen.base() + "/thanh-toan/ket-qua?");

		// The sandbox bank called the IPN over HTTP before sending the browser back.
		PaymentView view = payments.find(id).orElseThrow();
		assertThat(view.status()).isEqualTo(PaymentStatus.PAID);
		assertThat(view.gateway()).isEqualTo("sandbox");
		assertThat(view.bankCode()).isEqualTo("NCB");
		assertThat(view.transactionNo()).matches("\\d{8}");
		assertThat(view.amountOf(PaymentLineKind.CHARGE)).isEqualTo(30_000);
		Receipt receipt = view.receipt();
		assertThat(receipt).isNotNull();
		assertThat(receipt.formNumber()).isEqualTo("01BLP0-001");
		assertThat(receipt.symbol()).isEqualTo("OP-%02dE".formatted(Year.now(VietnamTime.ZONE).getValue() % 100));
		assertThat(receipt.number()).matches("\\d{7}");
		assertThat(receipt.link()).endsWith("/thanh-toan/" + id + "/bien-lai");
		assertThat(paid.of(id)).singleElement().satisfies(event -> {
			assertThat(event.amount()).isEqualTo(50_000);
			assertThat(event.receiptNumber()).isEqualTo(receipt.number());
			assertThat(event.transactionNo()).isEqualTo(view.transactionNo());
			assertThat(event.purpose()).isEqualTo(PaymentPurpose.SUBMISSION_FEE);
		});

		// Through Spring Modulith's JDBC registry (the transactional outbox): once per listening module.
		assertThat(jdbc.sql("select count(*) - count(distinct listener_id) from event_publication "
				+ "where event_type like '%PaymentSucceeded' and serialized_event like ?")
			.param("%" + id + "%")
			.query(Integer.class)
			.single()).isZero();

		var result = citizen.get(returnUrl);
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("Thanh toán thành công", "Xem biên lai điện tử", "/account/dossiers/demo");

		// The gateway repeats its IPN: nothing changes, VNPay hears "already confirmed".
		assertThat(ipn(citizen, returnUrl.substring(returnUrl.indexOf('?') + 1)).body())
			.isEqualTo("{\"RspCode\":\"02\",\"Message\":\"Order already confirmed\"}");
		assertThat(paid.of(id)).hasSize(1);
		assertThat(audits("payment.callback.rejected", order.get("vnp_TxnRef"))).isEqualTo(1);
		assertThat(audits("payment.paid", id.toString())).isEqualTo(1);

		var printable = citizen.get("/thanh-toan/" + id + "/bien-lai");
		assertThat(printable.statusCode()).isEqualTo(200);
		assertThat(printable.body()).contains("Biên lai thu phí, lệ phí điện tử", receipt.number(), receipt.symbol(),
				"01BLP0-001", "OpenProvince", view.transactionNo());
		assertThat(citizen.get(payments.payPagePath(id)).body()).contains("Đã thanh toán").doesNotContain(">Thanh toán</button>");
	}

	@Test
	void refusesForgedTamperedAndUnknownCallbacksAndChangesNothing() {
		var citizen = new PortalClient(port).login(PAYER, false);
		PaymentId id = open(PAYER, "Lệ phí đăng ký kết hôn");
		String txnRef = PortalClient.query(startAttempt(citizen, id)).get("vnp_TxnRef");

		String forged = PortalClient.signedQuery("not the sandbox secret", success(txnRef, "5000000"));
		assertThat(ipn(citizen, forged).body()).isEqualTo("{\"RspCode\":\"97\",\"Message\":\"Invalid signature\"}");

		String genuine = PortalClient.signedQuery(SANDBOX_SECRET, success(txnRef, "5000000"));
		String tampered = genuine.replace("vnp_Amount=5000000", "vnp_Amount=100");
		assertThat(ipn(citizen, tampered).body()).contains("\"RspCode\":\"97\"");
		assertThat(ipn(citizen, genuine + "&vnp_Amount=100").body()).contains("\"RspCode\":\"97\"");

		String otherAmount = PortalClient.signedQuery(SANDBOX_SECRET, success(txnRef, "100"));
		assertThat(ipn(citizen, otherAmount).body()).isEqualTo("{\"RspCode\":\"04\",\"Message\":\"Invalid amount\"}");

		String unknown = PortalClient.signedQuery(SANDBOX_SECRET, success("99999999999999", "5000000"));
		assertThat(ipn(citizen, unknown).body()).isEqualTo("{\"RspCode\":\"01\",\"Message\":\"Order not found\"}");

		var page = citizen.get("/thanh-toan/ket-qua?" + forged);
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Kết quả thanh toán không hợp lệ").doesNotContain("Exception");

		assertThat(status(id)).isEqualTo(PaymentStatus.PENDING);
		assertThat(paid.of(id)).isEmpty();
		assertThat(audits("payment.callback.rejected", txnRef)).isEqualTo(5);
		assertThat(jdbc.sql("select cast(details as jsonb) ->> 'reason' from audit_entry where target_id = ? order by seq")
			.param(txnRef)
			.query(String.class)
			.list()).containsExactly("INVALID_SIGNATURE", "INVALID_SIGNATURE", "INVALID_SIGNATURE", "INVALID_AMOUNT",
					"INVALID_SIGNATURE");

		// The genuine callback still applies afterwards, once.
		assertThat(ipn(citizen, genuine).body()).isEqualTo("{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}");
		assertThat(status(id)).isEqualTo(PaymentStatus.PAID);
		assertThat(jdbc.sql("select callback ->> 'vnp_TxnRef' from payment_attempt where txn_ref = ?")
			.param(txnRef)
			.query(String.class)
			.single()).isEqualTo(txnRef);
	}

	@Test
	void appliesTwoSimultaneousCallbacksForOneTransactionOnce() throws Exception {
		var citizen = new PortalClient(port).login(PAYER, false);
		PaymentId id = open(PAYER, "Lệ phí chứng thực");
		String txnRef = PortalClient.query(startAttempt(citizen, id)).get("vnp_TxnRef");
		String genuine = PortalClient.signedQuery(SANDBOX_SECRET, success(txnRef, "5000000"));

		var start = new CountDownLatch(1);
		List<Future<String>> answers = new ArrayList<>();
		try (var threads = Executors.newFixedThreadPool(2)) {
			for (int i = 0; i < 2; i++) {
				var client = new PortalClient(port);
				answers.add(threads.submit(() -> {
					start.await();
					return ipn(client, genuine).body();
				}));
			}
			start.countDown();
		}
		List<String> codes = new ArrayList<>();
		for (var answer : answers) {
			codes.add(answer.get().substring(12, 14));
		}
		assertThat(codes).containsExactlyInAnyOrder("00", "02");
		assertThat(paid.of(id)).hasSize(1);
		assertThat(status(id)).isEqualTo(PaymentStatus.PAID);
	}

	@Test
	void aCancelAtTheBankLeavesTheRequestUnpaidAndTheCitizenPaysAgain() {
		var citizen = new PortalClient(port).login(PAYER, false);
		PaymentId id = open(PAYER, "Phí thẩm định");

		var bank = citizen.get(startAttempt(citizen, id));
		var back = citizen.post("/thanh-toan/sandbox", bank.body(),
				Map.of("query", PortalClient.hidden(bank.body(), "query"), "decision", "cancel"));
		var result = citizen.get(location(back));
		assertThat(result.body()).contains("Bạn đã hủy giao dịch", "Thanh toán lại");
		assertThat(status(id)).isEqualTo(PaymentStatus.UNPAID);
		assertThat(jdbc.sql("select response_code from payment_attempt where request_id = ?")
			.param(id.value())
			.query(String.class)
			.list()).containsExactly("24");

		var again = citizen.get(startAttempt(citizen, id));
		citizen.post("/thanh-toan/sandbox", again.body(),
				Map.of("query", PortalClient.hidden(again.body(), "query"), "decision", "success"));
		assertThat(status(id)).isEqualTo(PaymentStatus.PAID);
		assertThat(jdbc.sql("select count(distinct txn_ref) from payment_attempt where request_id = ?")
			.param(id.value())
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(paid.of(id)).hasSize(1);
	}

	@Test
	void showsARequestOnlyToItsPayer() {
		PaymentId id = open(PAYER, "Lệ phí cấp bản sao");
		String path = payments.payPagePath(id);

		var anonymous = new PortalClient(port);
		var answer = anonymous.get(path);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(location(answer)).endsWith("/login");

		var other = new PortalClient(port).login(OTHER_CITIZEN, false);
		var refused = other.get(path);
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain("Lệ phí cấp bản sao", "Nguyễn Văn An");
		var home = other.get("/");
		assertThat(other.post(path, home.body(), Map.of()).statusCode()).isEqualTo(404);
		assertThat(other.get("/thanh-toan/" + id + "/bien-lai").statusCode()).isEqualTo(404);
		assertThat(other.get("/thanh-toan/not-a-uuid").statusCode()).isEqualTo(404);
		assertThat(status(id)).isEqualTo(PaymentStatus.UNPAID);
	}

	@Test
	void opensOneRequestForADoubleClick() throws Exception {
		UUID account = accountId(PAYER);
		var order = order(account, UUID.randomUUID(), "Lệ phí đăng ký khai sinh");
		try (var threads = Executors.newFixedThreadPool(2)) {
			var first = threads.submit(() -> payments.open(order));
			var second = threads.submit(() -> payments.open(order));
			assertThat(first.get()).isEqualTo(second.get());
		}
		PaymentId id = payments.open(order);
		assertThat(payments.forSubject(order.subjectId())).extracting(PaymentView::id).containsExactly(id);
		assertThat(payments.find(id).orElseThrow().lines()).hasSize(2);
	}

	@Test
	void staffListRequestsAndRecordRefundsAndCancellations() {
		var citizen = new PortalClient(port).login(PAYER, false);
		PaymentId paidId = open(PAYER, "Lệ phí hoàn lại");
		var bank = citizen.get(startAttempt(citizen, paidId));
		citizen.post("/thanh-toan/sandbox", bank.body(),
				Map.of("query", PortalClient.hidden(bank.body(), "query"), "decision", "success"));
		PaymentId unpaidId = open(PAYER, "Lệ phí hủy");
		String reference = payments.find(paidId).orElseThrow().subjectReference();

		var officer = new PortalClient(port).login("chuyenvien.tuphap", true);
		var list = officer.get("/office/payments?q=" + reference);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(reference, "Đã thanh toán", "50.000 đ");
		var detail = officer.get("/office/payments/" + paidId);
		assertThat(detail.body()).contains("Các lần thanh toán", "Thành công").doesNotContain("Ghi nhận hoàn phí");
		assertThat(officer.post("/office/payments/" + paidId + "/refund", detail.body(), Map.of("reason", "Thử"))
			.statusCode()).isEqualTo(403);

		var desk = new PortalClient(port).login("tiepnhan.tinh", true);
		var page = desk.get("/office/payments/" + paidId);
		assertThat(page.body()).contains("Ghi nhận hoàn phí");
		var blank = desk.post("/office/payments/" + paidId + "/refund", page.body(), Map.of("reason", " "));
		assertThat(desk.get(location(blank)).body()).contains("Vui lòng nhập lý do.");
		assertThat(status(paidId)).isEqualTo(PaymentStatus.PAID);

		desk.post("/office/payments/" + paidId + "/refund", page.body(),
				Map.of("reason", "Hồ sơ không thuộc thẩm quyền", "refundAccount", "0123456789 Vietcombank"));
		assertThat(status(paidId)).isEqualTo(PaymentStatus.REFUNDED);
		var refunded = desk.get("/office/payments/" + paidId);
		assertThat(refunded.body()).contains("Đã hoàn phí", "tiepnhan.tinh", "Hồ sơ không thuộc thẩm quyền",
				"0123456789 Vietcombank");
		assertThat(audits("payment.refunded", paidId.toString())).isEqualTo(1);

		var unpaid = desk.get("/office/payments/" + unpaidId);
		var cancelled = desk.post("/office/payments/" + unpaidId + "/cancel", unpaid.body(),
				Map.of("reason", "Công dân nộp tại quầy"));
		assertThat(desk.get(location(cancelled)).body()).contains("Đã hủy yêu cầu thanh toán.", "Hủy thanh toán");
		assertThat(status(unpaidId)).isEqualTo(PaymentStatus.CANCELLED);
		var again = desk.post("/office/payments/" + unpaidId + "/cancel", unpaid.body(), Map.of("reason", "Lần nữa"));
		assertThat(desk.get(location(again)).body()).contains("Chỉ hủy được yêu cầu chưa thanh toán");
		assertThat(desk.get("/office/payments?status=CANCELLED").body()).contains(
				payments.find(unpaidId).orElseThrow().subjectReference());
	}

	/** Presses "Thanh toán" on the payer's page; answers where the browser is sent (303). */
	private static String startAttempt(PortalClient citizen, PaymentId id) {
		String path = "/thanh-toan/" + id;
		var answer = citizen.post(path, citizen.get(path).body(), Map.of());
		assertThat(answer.statusCode()).isEqualTo(303);
		return location(answer);
	}

	private static HttpResponse<String> ipn(PortalClient client, String signedQuery) {
		var answer = client.get("/thanh-toan/vnpay-ipn?" + signedQuery);
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer;
	}

	/** What VNPay sends for a successful payment of an attempt. */
	private static Map<String, String> success(String txnRef, String amount) {
		var params = new LinkedHashMap<String, String>();
		params.put("vnp_TmnCode", "OPSANDBX");
		params.put("vnp_TxnRef", txnRef);
		params.put("vnp_Amount", amount);
		params.put("vnp_ResponseCode", "00");
		params.put("vnp_TransactionStatus", "00");
		params.put("vnp_TransactionNo", "14422574");
		params.put("vnp_BankCode", "NCB");
		params.put("vnp_PayDate", "20261124101530");
		params.put("vnp_OrderInfo", "Thanh toan le phi");
		return params;
	}

	private PaymentId open(String citizenId, String description) {
		return payments.open(order(accountId(citizenId), UUID.randomUUID(), description));
	}

	private static PaymentOrder order(UUID payer, UUID subject, String description) {
		String reference = "000.00.09.H99-" + subject.toString().substring(0, 8);
		return new PaymentOrder("Dossier", subject, reference, PaymentPurpose.SUBMISSION_FEE, payer, "Nguyễn Văn An",
				List.of(new PaymentLine(PaymentLineKind.CHARGE, description, 30_000),
						new PaymentLine(PaymentLineKind.FEE, "Phí cung cấp thông tin", 20_000)),
				description, "/account/dossiers/demo");
	}

	private UUID accountId(String username) {
		return jdbc.sql("select id from identity_account where username = ?").param(username).query(UUID.class).single();
	}

	private PaymentStatus status(PaymentId id) {
		return payments.find(id).orElseThrow().status();
	}

	private int audits(String action, String targetId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and target_id = ?")
			.params(action, targetId)
			.query(Integer.class)
			.single();
	}

	/** Every PaymentSucceeded committed, as a listening module would receive it. */
	@Component
	static class PaidEvents {

		private final List<PaymentSucceeded> events = new CopyOnWriteArrayList<>();

		@TransactionalEventListener
		void on(PaymentSucceeded event) {
			events.add(event);
		}

		List<PaymentSucceeded> of(PaymentId id) {
			return events.stream().filter(e -> e.id().equals(id)).toList();
		}
	}
}
