package org.openprovince.dossier.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.calendar.DeadlinePolicy.AfterPause;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.ProcedureVersionId;
import org.openprovince.catalog.TimeLimitUnit;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierException;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierState;
import org.openprovince.dossier.FormEntry;
import org.openprovince.dossier.OwnerKind;
import org.openprovince.dossier.Rating;
import org.openprovince.dossier.ReturnMethod;
import org.openprovince.identity.Role;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes dossiers with plain SQL: one row for the dossier, rows for its steps and pauses,
 * and append-only history. {@link #update} is optimistic: it writes only when the version read is
 * still current, so of two officers acting at once exactly one succeeds.
 */
@Repository
class DossierStore {

	private final JdbcClient jdbc;

	DossierStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next dossier code of the agency for the day (spec §6): atomic, never issued twice. */
	DossierCode nextCode(AgencyId agency, AgencyCode agencyCode, LocalDate day) {
		int sequence = jdbc.sql("""
				insert into dossier_code_counter (agency_id, day, last) values (?, ?, 1)
				on conflict (agency_id, day) do update set last = dossier_code_counter.last + 1
				returning last""").params(agency.value(), day).query(Integer.class).single();
		return DossierCode.of(agencyCode, day, sequence);
	}

	/**
	 * Writes a new dossier: its row, already in its first state (version 1), its steps, history and
	 * pauses — three statements.
	 */
	void insert(Dossier d) {
		jdbc.sql("""
				insert into dossier (id, code, procedure_id, procedure_version_id, procedure_code, procedure_name, channel,
				  state, status, outcome, receiving_agency_id, receiving_agency_code, receiving_agency_name,
				  competent_agency_id, competent_agency_name, applicant_name, applicant_id_number, applicant_phone,
				  applicant_email, applicant_address, owner_name, owner_id_number, owner_address, citizen_account_id,
				  summary, sets, time_limit, time_limit_unit, after_supplement, fee_total, fee_note,
				  submitted_at, received_at, received_by_id, received_by_name, due_at, original_due_at, finished_at,
				  returned_at, step_index, step_started_at, step_due_at, assignee_id, assignee_name, action_agency_id,
				  action_role, paused_since, processing_supplements, apologies, pending_items, pending_reason,
				  payment_amount, result_number, result_signer, result_date, result_summary, result_file_id, return_method,
				  return_receiver, rating, rated_at, fee_paid_at, fee_paid_online, fee_receipt, form_data, owner_kind,
				  created_at, updated_at, version)
				values (:id, :code, :procedureId, :versionId, :procedureCode, :procedureName, :channel,
				  :state, :status, :outcome, :receivingId, :receivingCode, :receivingName,
				  :competentId, :competentName, :applicantName, :applicantIdNumber, :applicantPhone,
				  :applicantEmail, :applicantAddress, :ownerName, :ownerIdNumber, :ownerAddress, :citizen,
				  :summary, :sets, :timeLimit, :timeLimitUnit, :afterSupplement, :feeTotal, :feeNote,
				  :submittedAt, :receivedAt, :receivedById, :receivedByName, :dueAt, :originalDueAt, :finishedAt,
				  :returnedAt, :stepIndex, :stepStartedAt, :stepDueAt, :assigneeId, :assigneeName, :actionAgency,
				  :actionRole, :pausedSince, :supplements, :apologies, :pendingItems, :pendingReason,
				  :paymentAmount, :resultNumber, :resultSigner, :resultDate, :resultSummary, :resultFile, :returnMethod,
				  :returnReceiver, :rating, :ratedAt, :feePaidAt, :feePaidOnline, :feeReceipt, cast(:formData as jsonb),
				  :ownerKind, :createdAt, :updatedAt, 1)""")
			.params(lifecycle(d))
			.param("procedureId", d.procedureId.value())
			.param("versionId", d.versionId.value())
			.param("procedureCode", d.procedureCode)
			.param("procedureName", d.procedureName)
			.param("channel", d.channel.name())
			.param("receivingId", d.receivingAgencyId.value())
			.param("receivingCode", d.receivingAgencyCode.value())
			.param("receivingName", d.receivingAgencyName)
			.param("competentId", d.competentAgencyId.value())
			.param("competentName", d.competentAgencyName)
			.param("applicantName", d.applicant.fullName())
			.param("applicantIdNumber", d.applicant.idNumber())
			.param("applicantPhone", d.applicant.phone())
			.param("applicantEmail", d.applicant.email())
			.param("applicantAddress", d.applicant.address())
			.param("ownerName", d.owner == null ? null : d.owner.fullName())
			.param("ownerIdNumber", d.owner == null ? null : d.owner.idNumber())
			.param("ownerAddress", d.owner == null ? null : d.owner.address())
			.param("citizen", d.citizenAccountId)
			.param("summary", d.summary)
			.param("sets", d.sets)
			.param("timeLimit", d.timeLimit)
			.param("timeLimitUnit", d.timeLimitUnit.name())
			.param("afterSupplement", d.afterSupplement.name())
			.param("feeTotal", d.feeTotal)
			.param("feeNote", d.feeNote)
			.param("formData", formJson(d.formData))
			.param("ownerKind", d.ownerKind.name())
			.param("createdAt", ts(d.createdAt))
			.update();
		List<Object[]> steps = d.steps.stream()
			.map(s -> new Object[] { d.id.value(), s.index(), s.name(), s.positionCode(), s.role().name(),
					s.agencyId().value(), s.agencyName(), s.department(), (int) s.budget().toMinutes(), s.status().code(),
					s.mayReturn() })
			.toList();
		insertRows("""
				insert into dossier_step (dossier_id, idx, name, position_code, role, agency_id, agency_name, department,
				  budget_minutes, status, may_return)""", steps);
		d.version = 1;
		writeChanges(d);
	}

	/**
	 * Writes the changed dossier if nobody changed it since it was read at {@code expectedVersion}.
	 *
	 * @throws DossierException ({@code dossier.error.stale}) when someone did
	 */
	void update(Dossier d, long expectedVersion) {
		int rows = jdbc.sql("""
				update dossier set code = :code, state = :state, status = :status, outcome = :outcome,
				  submitted_at = :submittedAt, received_at = :receivedAt, received_by_id = :receivedById,
				  received_by_name = :receivedByName, due_at = :dueAt, original_due_at = :originalDueAt,
				  finished_at = :finishedAt, returned_at = :returnedAt, step_index = :stepIndex,
				  step_started_at = :stepStartedAt, step_due_at = :stepDueAt, assignee_id = :assigneeId,
				  assignee_name = :assigneeName, action_agency_id = :actionAgency, action_role = :actionRole,
				  paused_since = :pausedSince, processing_supplements = :supplements, apologies = :apologies,
				  pending_items = :pendingItems, pending_reason = :pendingReason, payment_amount = :paymentAmount,
				  result_number = :resultNumber, result_signer = :resultSigner, result_date = :resultDate,
				  result_summary = :resultSummary, result_file_id = :resultFile, return_method = :returnMethod,
				  return_receiver = :returnReceiver, rating = :rating, rated_at = :ratedAt, fee_paid_at = :feePaidAt,
				  fee_paid_online = :feePaidOnline, fee_receipt = :feeReceipt, updated_at = :updatedAt,
				  version = version + 1
				where id = :id and version = :expected""")
			.params(lifecycle(d))
			.param("expected", expectedVersion)
			.update();
		if (rows == 0) {
			throw new DossierException("dossier.error.stale");
		}
		d.version = expectedVersion + 1;
		writeChanges(d);
	}

	/** The columns that change along the lifecycle, by parameter name. */
	private static Map<String, @Nullable Object> lifecycle(Dossier d) {
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("id", d.id.value());
		values.put("code", d.code == null ? null : d.code.value());
		values.put("state", d.state.name());
		values.put("status", d.state.status().code());
		values.put("outcome", d.outcome.name());
		values.put("submittedAt", ts(d.submittedAt));
		values.put("receivedAt", ts(d.receivedAt));
		values.put("receivedById", d.receivedById);
		values.put("receivedByName", d.receivedByName);
		values.put("dueAt", ts(d.dueAt));
		values.put("originalDueAt", ts(d.originalDueAt));
		values.put("finishedAt", ts(d.finishedAt));
		values.put("returnedAt", ts(d.returnedAt));
		values.put("stepIndex", d.stepIndex);
		values.put("stepStartedAt", ts(d.stepStartedAt));
		values.put("stepDueAt", ts(d.stepDueAt));
		values.put("assigneeId", d.assigneeId);
		values.put("assigneeName", d.assigneeName);
		values.put("actionAgency", d.actionAgency() == null ? null : d.actionAgency().value());
		values.put("actionRole", d.actionRole() == null ? null : d.actionRole().name());
		values.put("pausedSince", ts(d.pausedSince));
		values.put("supplements", d.processingSupplements);
		values.put("apologies", d.apologies);
		values.put("pendingItems", d.pendingItems.toArray(String[]::new));
		values.put("pendingReason", d.pendingReason);
		values.put("paymentAmount", d.paymentAmount);
		values.put("resultNumber", d.result == null ? null : d.result.number());
		values.put("resultSigner", d.result == null ? null : d.result.signer());
		values.put("resultDate", d.result == null ? null : d.result.date());
		values.put("resultSummary", d.result == null ? null : d.result.summary());
		values.put("resultFile", d.result == null ? null : d.result.fileId());
		values.put("returnMethod", d.returnMethod == null ? null : d.returnMethod.name());
		values.put("returnReceiver", d.returnReceiver);
		values.put("rating", d.rating == null ? null : d.rating.name());
		values.put("ratedAt", ts(d.ratedAt));
		values.put("feePaidAt", ts(d.feePaidAt));
		values.put("feePaidOnline", d.feePaidOnline);
		values.put("feeReceipt", d.feeReceipt);
		values.put("updatedAt", ts(d.updatedAt));
		return values;
	}

	/** The transaction's history rows, in one statement, and the pauses if they changed. */
	private void writeChanges(Dossier d) {
		if (!d.newHistory.isEmpty()) {
			insertRows("""
					insert into dossier_history (dossier_id, seq, action, from_status, to_status, step_index, step_name,
					  agency_name, actor_id, actor_name, at, step_due_at, note, attachments, receiver)""",
					d.newHistory.stream()
						.map(h -> new Object[] { d.id.value(), h.seq(), h.action().name(),
								h.from() == null ? null : h.from().code(), h.to().code(), h.stepIndex(), h.stepName(),
								h.agencyName(), h.actorId(), h.actorName(), ts(h.at()), ts(h.stepDueAt()), h.note(),
								h.attachments().toArray(UUID[]::new), h.receiver() })
						.toList());
			d.newHistory.clear();
		}
		if (d.pausesChanged) {
			for (Pause p : d.pauses) {
				jdbc.sql("""
						insert into dossier_pause (dossier_id, seq, kind, from_at, to_at) values (?, ?, ?, ?, ?)
						on conflict (dossier_id, seq) do update set to_at = excluded.to_at""")
					.params(d.id.value(), p.seq(), p.kind().name(), ts(p.from()), ts(p.to()))
					.update();
			}
			d.pausesChanged = false;
		}
	}

	/** Inserts {@code rows} (each a value per column of {@code insert}) in one multi-row statement. */
	private void insertRows(String insert, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		int columns = rows.getFirst().length;
		String row = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
		List<@Nullable Object> values = new ArrayList<>(rows.size() * columns);
		rows.forEach(r -> values.addAll(Arrays.asList(r)));
		jdbc.sql(insert + " values " + String.join(", ", java.util.Collections.nCopies(rows.size(), row)))
			.params(values)
			.update();
	}

	/** The dossier with its steps and pauses, in one statement. */
	Optional<Dossier> find(DossierId id) {
		return jdbc.sql("""
				select d.*, h.history_size, s.*, p.*
				from dossier d
				cross join lateral (select coalesce(max(seq), 0) as history_size from dossier_history
				  where dossier_id = d.id) h
				cross join lateral (select array_agg(idx order by idx) as step_idx, array_agg(name order by idx) as step_name,
				  array_agg(position_code order by idx) as step_position, array_agg(role order by idx) as step_role,
				  array_agg(agency_id order by idx) as step_agency, array_agg(agency_name order by idx) as step_agency_name,
				  array_agg(department order by idx) as step_department,
				  array_agg(budget_minutes order by idx) as step_budget, array_agg(status::int order by idx) as step_status,
				  array_agg(may_return order by idx) as step_may_return
				  from dossier_step where dossier_id = d.id) s
				cross join lateral (select array_agg(seq order by seq) as pause_seq, array_agg(kind order by seq) as pause_kind,
				  array_agg(from_at order by seq) as pause_from, array_agg(to_at order by seq) as pause_to
				  from dossier_pause where dossier_id = d.id) p
				where d.id = ?""").param(id.value()).query((rs, n) -> map(rs)).optional();
	}

	Optional<DossierId> findIdByCode(DossierCode code) {
		return jdbc.sql("select id from dossier where code = ?").param(code.value()).query(UUID.class).optional()
			.map(DossierId::new);
	}

	List<HistoryEntry> history(DossierId id) {
		return jdbc.sql("""
				select seq, action, from_status, to_status, step_index, step_name, agency_name, actor_id, actor_name, at,
				  step_due_at, note, attachments, receiver from dossier_history where dossier_id = ? order by seq""")
			.param(id.value())
			.query((rs, n) -> {
				int from = rs.getInt(3);
				DvcqgStatus fromStatus = rs.wasNull() ? null : DvcqgStatus.ofCode(from);
				return new HistoryEntry(rs.getInt(1), org.openprovince.dossier.DossierAction.valueOf(rs.getString(2)),
						fromStatus, DvcqgStatus.ofCode(rs.getInt(4)), rs.getInt(5), rs.getString(6), rs.getString(7),
						rs.getObject(8, UUID.class), rs.getString(9), instant(rs, 10), instantOrNull(rs, 11),
						rs.getString(12), uuids(rs.getArray(13)), rs.getString(14));
			})
			.list();
	}

	private Dossier map(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<Step> steps = steps(rs);
		String ownerName = rs.getString("owner_name");
		Applicant owner = ownerName == null ? null
				: new Applicant(ownerName, rs.getString("owner_id_number"), null, null, rs.getString("owner_address"));
		String code = rs.getString("code");
		long feeTotal = rs.getLong("fee_total");
		Long fee = rs.wasNull() ? null : feeTotal;
		Dossier d = new Dossier(new DossierId(id), code == null ? null : new DossierCode(code),
				new ProcedureId(rs.getObject("procedure_id", UUID.class)),
				new ProcedureVersionId(rs.getObject("procedure_version_id", UUID.class)), rs.getString("procedure_code"),
				rs.getString("procedure_name"), Channel.valueOf(rs.getString("channel")),
				new AgencyId(rs.getObject("receiving_agency_id", UUID.class)),
				AgencyCode.of(rs.getString("receiving_agency_code")), rs.getString("receiving_agency_name"),
				new AgencyId(rs.getObject("competent_agency_id", UUID.class)), rs.getString("competent_agency_name"),
				new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
						rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address")),
				owner, rs.getObject("citizen_account_id", UUID.class), rs.getString("summary"), rs.getInt("sets"),
				rs.getBigDecimal("time_limit"), TimeLimitUnit.valueOf(rs.getString("time_limit_unit")),
				AfterPause.valueOf(rs.getString("after_supplement")), fee, rs.getString("fee_note"), steps,
				instant(rs, "created_at"), DossierState.valueOf(rs.getString("state")), instant(rs, "step_started_at"));
		d.outcome = Outcome.valueOf(rs.getString("outcome"));
		d.submittedAt = instantOrNull(rs, "submitted_at");
		d.receivedAt = instantOrNull(rs, "received_at");
		d.receivedById = rs.getObject("received_by_id", UUID.class);
		d.receivedByName = rs.getString("received_by_name");
		d.dueAt = instantOrNull(rs, "due_at");
		d.originalDueAt = instantOrNull(rs, "original_due_at");
		d.finishedAt = instantOrNull(rs, "finished_at");
		d.returnedAt = instantOrNull(rs, "returned_at");
		d.stepIndex = rs.getInt("step_index");
		d.stepDueAt = instantOrNull(rs, "step_due_at");
		d.assigneeId = rs.getObject("assignee_id", UUID.class);
		d.assigneeName = rs.getString("assignee_name");
		d.pausedSince = instantOrNull(rs, "paused_since");
		d.processingSupplements = rs.getInt("processing_supplements");
		d.apologies = rs.getInt("apologies");
		Array items = rs.getArray("pending_items");
		d.pendingItems = items == null ? List.of() : List.of((String[]) items.getArray());
		d.pendingReason = rs.getString("pending_reason");
		long payment = rs.getLong("payment_amount");
		d.paymentAmount = rs.wasNull() ? null : payment;
		String resultNumber = rs.getString("result_number");
		if (resultNumber != null) {
			d.result = new ResultDocument(resultNumber, rs.getString("result_signer"),
					rs.getObject("result_date", LocalDate.class), rs.getString("result_summary"),
					rs.getObject("result_file_id", UUID.class));
		}
		String method = rs.getString("return_method");
		d.returnMethod = method == null ? null : ReturnMethod.valueOf(method);
		d.returnReceiver = rs.getString("return_receiver");
		String rating = rs.getString("rating");
		d.rating = rating == null ? null : Rating.valueOf(rating);
		d.ratedAt = instantOrNull(rs, "rated_at");
		d.updatedAt = instant(rs, "updated_at");
		d.feePaidAt = instantOrNull(rs, "fee_paid_at");
		d.feePaidOnline = rs.getBoolean("fee_paid_online");
		d.feeReceipt = rs.getString("fee_receipt");
		d.formData = formEntries(rs.getString("form_data"));
		d.ownerKind = OwnerKind.valueOf(rs.getString("owner_kind"));
		d.version = rs.getLong("version");
		d.historySize = rs.getInt("history_size");
		d.pauses = pauses(rs);
		return d;
	}

	private static List<Step> steps(ResultSet rs) throws SQLException {
		Integer[] index = array(rs, "step_idx", Integer[].class);
		String[] name = array(rs, "step_name", String[].class);
		String[] position = array(rs, "step_position", String[].class);
		String[] role = array(rs, "step_role", String[].class);
		UUID[] agency = array(rs, "step_agency", UUID[].class);
		String[] agencyName = array(rs, "step_agency_name", String[].class);
		String[] department = array(rs, "step_department", String[].class);
		Integer[] budget = array(rs, "step_budget", Integer[].class);
		Integer[] status = array(rs, "step_status", Integer[].class);
		Boolean[] mayReturn = array(rs, "step_may_return", Boolean[].class);
		List<Step> steps = new ArrayList<>(index.length);
		for (int i = 0; i < index.length; i++) {
			steps.add(new Step(index[i], name[i], position[i], Role.valueOf(role[i]), new AgencyId(agency[i]),
					agencyName[i], department[i], Duration.ofMinutes(budget[i]), DvcqgStatus.ofCode(status[i]),
					mayReturn[i]));
		}
		return steps;
	}

	private static List<Pause> pauses(ResultSet rs) throws SQLException {
		Integer[] seq = array(rs, "pause_seq", Integer[].class);
		String[] kind = array(rs, "pause_kind", String[].class);
		Timestamp[] from = array(rs, "pause_from", Timestamp[].class);
		Timestamp[] to = array(rs, "pause_to", Timestamp[].class);
		List<Pause> pauses = new ArrayList<>(seq.length);
		for (int i = 0; i < seq.length; i++) {
			pauses.add(new Pause(seq[i], Pause.Kind.valueOf(kind[i]), from[i].toInstant(),
					to[i] == null ? null : to[i].toInstant()));
		}
		return pauses;
	}

	/** A column aggregated with {@code array_agg}; empty when there was nothing to aggregate. */
	private static <T> T[] array(ResultSet rs, String column, Class<T[]> type) throws SQLException {
		Array array = rs.getArray(column);
		Object values = array == null ? java.lang.reflect.Array.newInstance(type.getComponentType(), 0) : array.getArray();
		return type.cast(values);
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static @Nullable Instant instantOrNull(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static List<UUID> uuids(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static String formJson(List<FormEntry> entries) {
		return JSON.writeValueAsString(entries);
	}

	static List<FormEntry> formEntries(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		return List.of(JSON.readValue(json, FormEntry[].class));
	}
}
