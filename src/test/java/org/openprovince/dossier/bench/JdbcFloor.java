package org.openprovince.dossier.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.Step;
import org.openprovince.platform.VietnamTime;

/**
 * The floor: the rows one dossier transition must write, with the least SQL and plain JDBC on one
 * connection, one transaction per transition as the service does. A transition updates the dossier
 * with its version check and inserts a history row, an audit row and an event publication; the intake
 * also upserts the code counter and inserts the dossier, its steps and components (batched) and the
 * receipt with a blob the size of the service's receipts. No hashing, no deadline arithmetic, no PDF.
 */
final class JdbcFloor implements AutoCloseable {

	private static final String HASH = "0".repeat(64);

	/** What every floor dossier copies from a dossier the service received: procedure, agencies, steps. */
	record Template(Dossier sample, int pdfBytes, List<String> components) {
	}

	private static final java.util.concurrent.atomic.AtomicInteger INSTANCES = new java.util.concurrent.atomic.AtomicInteger(900);

	/** The floor's own code counter agency and code prefix, so that its codes never meet others. */
	private final UUID codeAgency = UUID.randomUUID();

	private final String codePrefix = "%03d.99.99.H99-".formatted(INSTANCES.incrementAndGet() % 1000);

	private final Template template;

	private final byte[] pdf;

	private final Connection connection;

	private final PreparedStatement counter;

	private final PreparedStatement dossier;

	private final PreparedStatement step;

	private final PreparedStatement component;

	private final PreparedStatement form;

	private final PreparedStatement update;

	private final PreparedStatement history;

	private final PreparedStatement audit;

	private final PreparedStatement event;

	JdbcFloor(DataSource dataSource, Template template) throws SQLException {
		this.template = template;
		this.pdf = new byte[template.pdfBytes()];
		new java.util.Random(1).nextBytes(pdf); // incompressible, like a PDF's deflated streams
		this.connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		counter = connection.prepareStatement("""
				insert into dossier_code_counter (agency_id, day, last) values (?, ?, 1)
				on conflict (agency_id, day) do update set last = dossier_code_counter.last + 1 returning last""");
		dossier = connection.prepareStatement("""
				insert into dossier (id, code, procedure_id, procedure_version_id, procedure_code, procedure_name, channel,
				  state, status, outcome, receiving_agency_id, receiving_agency_code, receiving_agency_name,
				  competent_agency_id, competent_agency_name, applicant_name, applicant_id_number, applicant_phone,
				  applicant_email, applicant_address, summary, sets, time_limit, time_limit_unit, after_supplement,
				  fee_total, fee_note, received_at, received_by_id, received_by_name, due_at, original_due_at, step_index,
				  step_started_at, step_due_at, assignee_id, assignee_name, action_agency_id, action_role, created_at,
				  updated_at, version)
				values (?, ?, ?, ?, ?, ?, 'DIRECT', 'RECEIVED', 2, 'GRANT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?,
				  ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, 'RECEPTION_OFFICER', ?, ?, 1)""");
		step = connection.prepareStatement("""
				insert into dossier_step (dossier_id, idx, name, position_code, role, agency_id, agency_name, department,
				  budget_minutes, status, may_return) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
		component = connection.prepareStatement(
				"insert into dossier_component (dossier_id, idx, name, originals, copies) values (?, ?, ?, 1, 0)");
		form = connection.prepareStatement("""
				insert into dossier_form (id, dossier_id, form_type, issued_at, issued_by, sha256, pdf)
				values (?, ?, 'RECEIPT', ?, ?, ?, ?)""");
		update = connection.prepareStatement("""
				update dossier set state = ?, status = ?, step_index = ?, step_started_at = ?, step_due_at = ?,
				  assignee_id = null, assignee_name = null, action_agency_id = ?, action_role = ?, finished_at = ?,
				  returned_at = ?, rating = ?, updated_at = ?, version = version + 1
				where id = ? and version = ?""");
		history = connection.prepareStatement("""
				insert into dossier_history (dossier_id, seq, action, from_status, to_status, step_index, step_name,
				  agency_name, actor_id, actor_name, at, step_due_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
		audit = connection.prepareStatement("""
				insert into audit_entry (occurred_at, actor, action, target_type, target_id, details, prev_hash, hash)
				values (?, ?, ?, 'Dossier', ?, ?, ?, ?)""");
		event = connection.prepareStatement("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts) values (?, 'notification.NotifyApplicant', 'org.openprovince.dossier.DossierStatusChanged',
				  ?, ?, 'PUBLISHED', 0)""");
	}

	/** A floor dossier, its version and how many history rows it has. */
	static final class Row {

		final UUID id;

		long version = 1;

		int seq = 1;

		int status = 2;

		int step;

		Row(UUID id) {
			this.id = id;
		}
	}

	/** The intake: code, dossier, steps, components, receipt, history, audit, event; one transaction. */
	Row receive(int daysBack, UUID deskId, String deskName) throws SQLException {
		Dossier s = template.sample();
		Instant now = Instant.now().minus(daysBack, ChronoUnit.DAYS);
		Timestamp at = Timestamp.from(now);
		Timestamp due = Timestamp.from(now.plus(7, ChronoUnit.DAYS));
		Row row = new Row(UUID.randomUUID());
		counter.setObject(1, codeAgency);
		counter.setObject(2, LocalDate.ofInstant(now, VietnamTime.ZONE));
		int sequence;
		try (ResultSet rs = counter.executeQuery()) {
			rs.next();
			sequence = rs.getInt(1);
		}
		String code = codePrefix + LocalDate.ofInstant(now, VietnamTime.ZONE).format(
				java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-" + "%04d".formatted(sequence);
		int p = 1;
		dossier.setObject(p++, row.id);
		dossier.setString(p++, code);
		dossier.setObject(p++, s.procedureId().value());
		dossier.setObject(p++, s.versionId().value());
		dossier.setString(p++, s.procedureCode());
		dossier.setString(p++, s.procedureName());
		dossier.setObject(p++, s.receivingAgencyId().value());
		dossier.setString(p++, s.receivingAgencyCode().value());
		dossier.setString(p++, s.receivingAgencyName());
		dossier.setObject(p++, s.competentAgencyId().value());
		dossier.setString(p++, s.competentAgencyName());
		dossier.setString(p++, s.applicant().fullName());
		dossier.setString(p++, s.applicant().idNumber());
		dossier.setString(p++, s.applicant().phone());
		dossier.setString(p++, s.applicant().email());
		dossier.setString(p++, s.applicant().address());
		dossier.setString(p++, s.summary());
		dossier.setBigDecimal(p++, s.timeLimit());
		dossier.setString(p++, s.timeLimitUnit().name());
		dossier.setString(p++, s.afterSupplement().name());
		dossier.setObject(p++, s.feeTotal(), Types.BIGINT);
		dossier.setString(p++, s.feeNote());
		dossier.setTimestamp(p++, at);
		dossier.setObject(p++, deskId);
		dossier.setString(p++, deskName);
		dossier.setTimestamp(p++, due);
		dossier.setTimestamp(p++, due);
		dossier.setTimestamp(p++, at);
		dossier.setTimestamp(p++, at);
		dossier.setObject(p++, deskId);
		dossier.setString(p++, deskName);
		dossier.setObject(p++, s.receivingAgencyId().value());
		dossier.setTimestamp(p++, at);
		dossier.setTimestamp(p, at);
		dossier.executeUpdate();
		for (Step st : s.steps()) {
			step.setObject(1, row.id);
			step.setInt(2, st.index());
			step.setString(3, st.name());
			step.setString(4, st.positionCode());
			step.setString(5, st.role().name());
			step.setObject(6, st.agencyId().value());
			step.setString(7, st.agencyName());
			step.setString(8, st.department());
			step.setInt(9, (int) st.budget().toMinutes());
			step.setInt(10, st.status().code());
			step.setBoolean(11, st.mayReturn());
			step.addBatch();
		}
		step.executeBatch();
		List<String> components = template.components();
		for (int i = 0; i < components.size(); i++) {
			component.setObject(1, row.id);
			component.setInt(2, i + 1);
			component.setString(3, components.get(i));
			component.addBatch();
		}
		component.executeBatch();
		form.setObject(1, UUID.randomUUID());
		form.setObject(2, row.id);
		form.setTimestamp(3, at);
		form.setString(4, deskName);
		form.setString(5, HASH);
		form.setBytes(6, pdf);
		form.executeUpdate();
		log(row, "RECEIVE", null, s.steps().getFirst(), deskId, deskName, at, code);
		connection.commit();
		return row;
	}

	/**
	 * A transition of {@code row} to {@code status} at step {@code toStep}: the dossier update with its
	 * version check, history, audit, event; one transaction.
	 */
	void transition(Row row, String action, int status, int toStep, UUID actorId, String actorName,
			@Nullable String rating) throws SQLException {
		Dossier s = template.sample();
		Instant now = Instant.now();
		Timestamp at = Timestamp.from(now);
		Step next = s.steps().get(Math.min(toStep, s.steps().size() - 1));
		boolean open = status != 10;
		update.setString(1, switch (status) {
			case 4 -> "PROCESSING";
			case 9 -> "DONE";
			default -> "RETURNED";
		});
		update.setInt(2, status);
		update.setInt(3, toStep);
		update.setTimestamp(4, at);
		update.setTimestamp(5, Timestamp.from(now.plus(1, ChronoUnit.DAYS)));
		update.setObject(6, open ? next.agencyId().value() : null);
		update.setString(7, open ? next.role().name() : null);
		update.setTimestamp(8, status >= 9 ? at : null);
		update.setTimestamp(9, status == 10 ? at : null);
		update.setString(10, rating);
		update.setTimestamp(11, at);
		update.setObject(12, row.id);
		update.setLong(13, row.version);
		if (update.executeUpdate() != 1) {
			connection.rollback();
			throw new IllegalStateException("Stale floor dossier " + row.id);
		}
		row.version++;
		int from = row.status;
		row.status = status;
		row.step = toStep;
		row.seq++;
		log(row, action, from, next, actorId, actorName, at, null);
		connection.commit();
	}

	private void log(Row row, String action, @Nullable Integer from, Step step, UUID actorId, String actorName,
			Timestamp at, @Nullable String code) throws SQLException {
		history.setObject(1, row.id);
		history.setInt(2, row.seq);
		history.setString(3, action);
		history.setObject(4, from, Types.SMALLINT);
		history.setInt(5, row.status);
		history.setInt(6, row.step);
		history.setString(7, step.name());
		history.setString(8, step.agencyName());
		history.setObject(9, actorId);
		history.setString(10, actorName);
		history.setTimestamp(11, at);
		history.setTimestamp(12, at);
		history.executeUpdate();
		String details = "{\"code\":\"%s\",\"state\":\"%s\",\"status\":%d,\"step\":%d}".formatted(
				code == null ? "" : code, action, row.status, row.step);
		audit.setObject(1, at.toInstant().atOffset(java.time.ZoneOffset.UTC));
		audit.setString(2, actorName);
		audit.setString(3, "dossier." + action.toLowerCase(java.util.Locale.ROOT));
		audit.setString(4, row.id.toString());
		audit.setString(5, details);
		audit.setString(6, HASH);
		audit.setString(7, HASH);
		audit.executeUpdate();
		event.setObject(1, UUID.randomUUID());
		event.setString(2, """
				{"id":{"value":"%s"},"code":{"value":"%s"},"from":"%s","to":"%d","at":"%s","procedureName":"%s",\
				"contact":{"name":"%s","email":"%s","phone":"%s"},"dueAt":"%s","note":null}""".formatted(row.id, code,
				from, row.status, at.toInstant(), template.sample().procedureName(), template.sample().applicant().fullName(),
				template.sample().applicant().email(), template.sample().applicant().phone(), at.toInstant()));
		event.setObject(3, at.toInstant().atOffset(java.time.ZoneOffset.UTC));
		event.executeUpdate();
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
