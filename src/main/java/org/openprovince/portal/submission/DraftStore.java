package org.openprovince.portal.submission;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.portal.submission.Draft.DraftFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Drafts in plain SQL; every change checks the version read, so two tabs never overwrite each other. */
@Repository
class DraftStore {

	/** A citizen keeps at most this many drafts; older ones must be submitted or deleted first. */
	static final int MAX_DRAFTS = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	DraftStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Draft d) {
		jdbc.sql("""
				insert into portal_draft (id, account_id, procedure_id, procedure_code, procedure_name, data, created_at,
				  updated_at, version) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, 1)""")
			.params(d.id(), d.accountId(), d.procedureId().value(), d.procedureCode(), d.procedureName(),
					JSON.writeValueAsString(d.data()), Timestamp.from(d.createdAt()), Timestamp.from(d.updatedAt()))
			.update();
	}

	int count(UUID account) {
		return jdbc.sql("select count(*) from portal_draft where account_id = ?").param(account).query(Integer.class).single();
	}

	/** The account's draft with this id, locked for the transaction when {@code lock}. */
	Optional<Draft> find(UUID id, UUID account, boolean lock) {
		return jdbc.sql("select * from portal_draft where id = ? and account_id = ?" + (lock ? " for update" : ""))
			.params(id, account)
			.query((rs, n) -> new Draft(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
					new ProcedureId(rs.getObject("procedure_id", UUID.class)), rs.getString("procedure_code"),
					rs.getString("procedure_name"), JSON.readValue(rs.getString("data"), DraftData.class), List.of(),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
					rs.getLong("version")))
			.optional()
			.map(d -> new Draft(d.id(), d.accountId(), d.procedureId(), d.procedureCode(), d.procedureName(), d.data(),
					files(d.id()), d.createdAt(), d.updatedAt(), d.version()));
	}

	/** A draft on the citizen's list. */
	record Summary(UUID id, String procedureName, Instant updatedAt) {
	}

	List<Summary> list(UUID account) {
		return jdbc.sql("""
				select id, procedure_name, updated_at from portal_draft
				 where account_id = ? order by updated_at desc limit ?""")
			.params(account, MAX_DRAFTS)
			.query((rs, n) -> new Summary(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	private List<DraftFile> files(UUID draft) {
		return jdbc.sql("""
				select component_idx, storage_key, file_name, content_type, size, sha256, uploaded_at
				  from portal_draft_file where draft_id = ? order by component_idx""")
			.param(draft)
			.query((rs, n) -> new DraftFile(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/** @return whether the draft was still at {@code expectedVersion} (and is now saved) */
	boolean update(UUID id, DraftData data, Instant now, long expectedVersion) {
		return jdbc.sql("""
				update portal_draft set data = cast(? as jsonb), updated_at = ?, version = version + 1
				 where id = ? and version = ?""")
			.params(JSON.writeValueAsString(data), Timestamp.from(now), id, expectedVersion)
			.update() == 1;
	}

	/** Puts the file for a component, returning the storage key of the file it replaces, if any. */
	@Nullable
	String putFile(UUID draft, DraftFile f) {
		String previous = jdbc.sql("select storage_key from portal_draft_file where draft_id = ? and component_idx = ?")
			.params(draft, f.index())
			.query(String.class)
			.optional()
			.orElse(null);
		jdbc.sql("""
				insert into portal_draft_file (draft_id, component_idx, storage_key, file_name, content_type, size, sha256,
				  uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (draft_id, component_idx) do update set storage_key = excluded.storage_key,
				  file_name = excluded.file_name, content_type = excluded.content_type, size = excluded.size,
				  sha256 = excluded.sha256, uploaded_at = excluded.uploaded_at""")
			.params(draft, f.index(), f.storageKey(), f.fileName(), f.contentType(), f.size(), f.sha256(),
					Timestamp.from(f.uploadedAt()))
			.update();
		return previous;
	}

	/** Removes a component's file, returning its storage key, if there was one. */
	@Nullable
	String removeFile(UUID draft, int index) {
		return jdbc.sql("delete from portal_draft_file where draft_id = ? and component_idx = ? returning storage_key")
			.params(draft, index)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Deletes the draft, returning the storage keys of its files. */
	List<String> delete(UUID draft) {
		List<String> keys = jdbc.sql("select storage_key from portal_draft_file where draft_id = ?")
			.param(draft)
			.query(String.class)
			.list();
		jdbc.sql("delete from portal_draft where id = ?").param(draft).update();
		return keys;
	}
}
