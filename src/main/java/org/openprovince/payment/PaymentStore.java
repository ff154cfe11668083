package org.openprovince.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The payment tables in plain SQL. Every change runs inside the caller's transaction; the callers
 * lock the rows they change first ({@link #lockRequest}, {@link #lockAttempt}).
 */
@Repository
class PaymentStore {

	private static final String VIEW_COLUMNS = """
			id, subject_type, subject_id, subject_reference, purpose, amount, status, created_at, paid_at, gateway,
			transaction_no, bank_code, receipt_form, receipt_symbol, receipt_number, receipt_provider, receipt_issued_at""";

	private static final String REQUEST_SELECT = """
			select id, subject_type, subject_id, subject_reference, purpose, payer_account_id, payer_name, description,
			  return_path, amount, status
			from payment_request where id = ?""";

	private static final String ATTEMPT_COLUMNS = """
			id, request_id, txn_ref, gateway, amount, status, created_at, completed_at, response_code, transaction_no,
			bank_code""";

	private final JdbcClient jdbc;

	private final String publicUrl;

	private final JsonMapper json = JsonMapper.builder().build();

	PaymentStore(JdbcClient jdbc, @Value("${openprovince.public-url}") String publicUrl) {
		this.jdbc = jdbc;
		this.publicUrl = VnpayGateway.stripSlash(publicUrl);
	}

	/** Inserts a request unless an open one exists for the same subject, purpose and amount. */
	boolean insertRequest(UUID id, PaymentOrder order, Instant now) {
		return jdbc.sql("""
				insert into payment_request (id, subject_type, subject_id, subject_reference, purpose, payer_account_id,
				  payer_name, description, return_path, amount, status, created_at)
				values (:id, :subjectType, :subjectId, :reference, :purpose, :payer, :payerName, :description, :returnPath,
				  :amount, 'UNPAID', :now)
				on conflict (subject_type, subject_id, purpose, amount) where status in ('UNPAID', 'PENDING') do nothing""")
			.param("id", id)
			.param("subjectType", order.subjectType())
			.param("subjectId", order.subjectId())
			.param("reference", order.subjectReference())
			.param("purpose", order.purpose().name())
			.param("payer", order.payerAccountId())
			.param("payerName", order.payerName())
			.param("description", order.description())
			.param("returnPath", order.returnPath())
			.param("amount", order.total())
			.param("now", utc(now))
			.update() == 1;
	}

	void insertLines(UUID requestId, List<PaymentLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			PaymentLine line = lines.get(i);
			jdbc.sql("insert into payment_line (request_id, position, kind, name, amount) values (?, ?, ?, ?, ?)")
				.params(requestId, i, line.kind().name(), line.name(), line.amount())
				.update();
		}
	}

	Optional<UUID> openRequest(PaymentOrder order) {
		return jdbc.sql("""
				select id from payment_request
				where subject_type = ? and subject_id = ? and purpose = ? and amount = ? and status in ('UNPAID', 'PENDING')""")
			.params(order.subjectType(), order.subjectId(), order.purpose().name(), order.total())
			.query(UUID.class)
			.optional();
	}

	Optional<PaymentView> find(UUID id) {
		return jdbc.sql("select " + VIEW_COLUMNS + " from payment_request where id = ?")
			.param(id)
			.query((rs, n) -> view(rs, lines(id)))
			.optional();
	}

	List<PaymentView> forSubject(UUID subjectId) {
		List<UUID> ids = jdbc.sql("select id from payment_request where subject_id = ? order by created_at, seq")
			.param(subjectId)
			.query(UUID.class)
			.list();
		return ids.stream().map(id -> find(id).orElseThrow()).toList();
	}

	/** The request, locked for update until the transaction ends. */
	Optional<RequestRow> lockRequest(UUID id) {
		return jdbc.sql(REQUEST_SELECT + " for update").param(id).query((rs, n) -> requestRow(rs)).optional();
	}

	/** Who may pay a request online, and where to send them back; no lock. */
	Optional<RequestRow> request(UUID id) {
		return jdbc.sql(REQUEST_SELECT).param(id).query((rs, n) -> requestRow(rs)).optional();
	}

	void setStatus(UUID id, PaymentStatus status) {
		jdbc.sql("update payment_request set status = ? where id = ?").params(status.name(), id).update();
	}

	long nextTxnNumber() {
		return jdbc.sql("select nextval('payment_txn_seq')").query(Long.class).single();
	}

	void insertAttempt(UUID id, UUID requestId, String txnRef, String gateway, long amount, Instant now) {
		jdbc.sql("""
				insert into payment_attempt (id, request_id, txn_ref, gateway, amount, status, created_at)
				values (?, ?, ?, ?, ?, 'PENDING', ?)""")
			.params(id, requestId, txnRef, gateway, amount, utc(now))
			.update();
	}

	/** The attempt with this vnp_TxnRef, locked for update: concurrent callbacks for it apply one at a time. */
	Optional<AttemptRow> lockAttempt(String txnRef) {
		return jdbc.sql("select " + ATTEMPT_COLUMNS + " from payment_attempt where txn_ref = ? for update")
			.param(txnRef)
			.query((rs, n) -> attempt(rs))
			.optional();
	}

	List<AttemptRow> attempts(UUID requestId) {
		return jdbc.sql("select " + ATTEMPT_COLUMNS + " from payment_attempt where request_id = ? order by created_at, txn_ref")
			.param(requestId)
			.query((rs, n) -> attempt(rs))
			.list();
	}

	void completeAttempt(UUID attemptId, AttemptStatus status, @Nullable String responseCode,
			@Nullable String transactionNo, @Nullable String bankCode, Map<String, String> callback, Instant now) {
		jdbc.sql("""
				update payment_attempt set status = :status, completed_at = :now, response_code = :code,
				  transaction_no = :transactionNo, bank_code = :bank, callback = cast(:callback as jsonb)
				where id = :id and status = 'PENDING'""")
			.param("status", status.name())
			.param("now", utc(now))
			.param("code", responseCode)
			.param("transactionNo", transactionNo)
			.param("bank", bankCode)
			.param("callback", json.writeValueAsString(callback))
			.param("id", attemptId)
			.update();
	}

	void markPaid(UUID requestId, Instant paidAt, AttemptRow attempt, String transactionNo, @Nullable String bankCode,
			Receipt receipt) {
		jdbc.sql("""
				update payment_request set status = 'PAID', paid_at = :paidAt, gateway = :gateway, txn_ref = :txnRef,
				  transaction_no = :transactionNo, bank_code = :bank, receipt_form = :form, receipt_symbol = :symbol,
				  receipt_number = :number, receipt_provider = :provider, receipt_issued_at = :issuedAt
				where id = :id""")
			.param("paidAt", utc(paidAt))
			.param("gateway", attempt.gateway())
			.param("txnRef", attempt.txnRef())
			.param("transactionNo", transactionNo)
			.param("bank", bankCode)
			.param("form", receipt.formNumber())
			.param("symbol", receipt.symbol())
			.param("number", receipt.number())
			.param("provider", receipt.provider())
			.param("issuedAt", utc(receipt.issuedAt()))
			.param("id", requestId)
			.update();
	}

	/** The next receipt number of the year: an upsert on the year's counter, so no number is given twice. */
	long nextReceiptNumber(int year) {
		return jdbc.sql("""
				insert into payment_receipt_counter (year, last_number) values (?, 1)
				on conflict (year) do update set last_number = payment_receipt_counter.last_number + 1
				returning last_number""")
			.param(year)
			.query(Long.class)
			.single();
	}

	void close(UUID requestId, PaymentStatus status, String actor, String reason, @Nullable String refundAccount,
			Instant now) {
		jdbc.sql("""
				update payment_request set status = :status, closed_at = :now, closed_by = :actor, close_reason = :reason,
				  refund_account = :account
				where id = :id""")
			.param("status", status.name())
			.param("now", utc(now))
			.param("actor", actor)
			.param("reason", reason)
			.param("account", refundAccount)
			.param("id", requestId)
			.update();
	}

	/** Who closed a request (refund or cancellation), or empty when nobody did. */
	Optional<Closure> closure(UUID requestId) {
		return jdbc.sql("""
				select closed_at, closed_by, close_reason, refund_account from payment_request
				where id = ? and closed_at is not null""")
			.param(requestId)
			.query((rs, n) -> new Closure(instant(rs, "closed_at"), rs.getString("closed_by"),
					rs.getString("close_reason"), rs.getString("refund_account")))
			.optional();
	}

	/** The office list: newest first, keyset on {@code seq}; one row more than asked tells that there is a next page. */
	List<Listed> page(@Nullable PaymentStatus status, @Nullable String reference, @Nullable Long before, int size) {
		var sql = new StringBuilder("""
				select id, seq, subject_reference, purpose, payer_name, amount, status, created_at, paid_at
				from payment_request where true""");
		var params = new LinkedHashMap<String, Object>();
		if (status != null) {
			sql.append(" and status = :status");
			params.put("status", status.name());
		}
		if (reference != null) {
			sql.append(" and subject_reference like :reference");
			params.put("reference", reference.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (before != null) {
			sql.append(" and seq < :before");
			params.put("before", before);
		}
		sql.append(" order by seq desc limit :limit");
		params.put("limit", size + 1);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Listed(rs.getObject("id", UUID.class), rs.getLong("seq"),
					rs.getString("subject_reference"), PaymentPurpose.valueOf(rs.getString("purpose")),
					rs.getString("payer_name"), rs.getLong("amount"), PaymentStatus.valueOf(rs.getString("status")),
					instant(rs, "created_at"), nullableInstant(rs, "paid_at")))
			.list();
	}

	int count(PaymentStatus status) {
		return jdbc.sql("select count(*) from payment_request where status = ?")
			.param(status.name())
			.query(Integer.class)
			.single();
	}

	private List<PaymentLine> lines(UUID requestId) {
		return jdbc.sql("select kind, name, amount from payment_line where request_id = ? order by position")
			.param(requestId)
			.query((rs, n) -> new PaymentLine(PaymentLineKind.valueOf(rs.getString("kind")), rs.getString("name"),
					rs.getLong("amount")))
			.list();
	}

	private PaymentView view(ResultSet rs, List<PaymentLine> lines) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String number = rs.getString("receipt_number");
		Receipt receipt = number == null ? null
				: new Receipt(rs.getString("receipt_form"), rs.getString("receipt_symbol"), number,
						rs.getString("receipt_provider"), instant(rs, "receipt_issued_at"), receiptLink(id));
		return new PaymentView(new PaymentId(id), rs.getString("subject_type"), rs.getObject("subject_id", UUID.class),
				rs.getString("subject_reference"), PaymentPurpose.valueOf(rs.getString("purpose")), rs.getLong("amount"),
				PaymentStatus.valueOf(rs.getString("status")), new ArrayList<>(lines), instant(rs, "created_at"),
				nullableInstant(rs, "paid_at"), rs.getString("gateway"), rs.getString("transaction_no"),
				rs.getString("bank_code"), receipt);
	}

	String receiptLink(UUID id) {
		return publicUrl + PayerController.receiptPath(id);
	}

	private static RequestRow requestRow(ResultSet rs) throws SQLException {
		return new RequestRow(rs.getObject("id", UUID.class), rs.getString("subject_type"),
				rs.getObject("subject_id", UUID.class), rs.getString("subject_reference"),
				PaymentPurpose.valueOf(rs.getString("purpose")), rs.getObject("payer_account_id", UUID.class),
				rs.getString("payer_name"), rs.getString("description"), rs.getString("return_path"), rs.getLong("amount"),
				PaymentStatus.valueOf(rs.getString("status")));
	}

	private static AttemptRow attempt(ResultSet rs) throws SQLException {
		return new AttemptRow(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
				rs.getString("txn_ref"), rs.getString("gateway"), rs.getLong("amount"),
				AttemptStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), nullableInstant(rs, "completed_at"),
				rs.getString("response_code"), rs.getString("transaction_no"), rs.getString("bank_code"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	enum AttemptStatus {
		PENDING, SUCCEEDED, FAILED
	}

	/** A request as the flows need it. */
	record RequestRow(UUID id, String subjectType, UUID subjectId, String subjectReference, PaymentPurpose purpose,
			@Nullable UUID payerAccountId, String payerName, String description, String returnPath, long amount,
			PaymentStatus status) {
	}

	/** One attempt to pay through a gateway (one vnp_TxnRef). */
	record AttemptRow(UUID id, UUID requestId, String txnRef, String gateway, long amount, AttemptStatus status,
			Instant createdAt, @Nullable Instant completedAt, @Nullable String responseCode,
			@Nullable String transactionNo, @Nullable String bankCode) {
	}

	/** A refund or cancellation: who, when, why (spec §8.2). */
	record Closure(Instant closedAt, String closedBy, String reason, @Nullable String refundAccount) {
	}

	/** A row of the office list. */
	record Listed(UUID id, long seq, String subjectReference, PaymentPurpose purpose, String payerName, long amount,
			PaymentStatus status, Instant createdAt, @Nullable Instant paidAt) {
	}
}
