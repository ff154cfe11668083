package org.openprovince.dossier.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.forms.FormType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.openprovince.storage.FileStorage;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The files, components and issued forms of dossiers. */
@Repository
public class DossierDocuments {

	private final JdbcClient jdbc;

	private final FileStorage storage;

	DossierDocuments(JdbcClient jdbc, FileStorage storage) {
		this.jdbc = jdbc;
		this.storage = storage;
	}

	/**
	 * Keeps the file in the storage module and its facts here, in the caller's transaction; the stored
	 * file is removed again if that transaction rolls back.
	 */
	UUID storeFile(DossierId dossier, String kind, Upload upload, Instant at, String by) {
		UUID id = UUID.randomUUID();
		org.openprovince.storage.StoredFile stored = storage.store(upload.content(), upload.contentType());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							storage.delete(stored.key());
						}
						catch (RuntimeException ex) {
							org.slf4j.LoggerFactory.getLogger(DossierDocuments.class)
								.warn("Could not remove the file {} of a rolled-back change: {}", stored.key(), ex.toString());
						}
					}
				}
			});
		}
		jdbc.sql("""
				insert into dossier_file (id, dossier_id, kind, file_name, content_type, size, sha256, storage_key,
				  uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, dossier.value(), kind, upload.fileName(), upload.contentType(), stored.size(), stored.sha256(),
					stored.key(), DossierStore.ts(at), by)
			.update();
		return id;
	}

	/** Inserts the components in one statement. */
	void storeComponents(DossierId dossier, List<ComponentRow> components) {
		if (components.isEmpty()) {
			return;
		}
		List<@Nullable Object> values = new ArrayList<>(components.size() * 6);
		for (ComponentRow c : components) {
			values.addAll(Arrays.asList(dossier.value(), c.index(), c.name(), c.originals(), c.copies(), c.fileId()));
		}
		jdbc.sql("insert into dossier_component (dossier_id, idx, name, originals, copies, file_id) values "
				+ String.join(", ", Collections.nCopies(components.size(), "(?, ?, ?, ?, ?, ?)")))
			.params(values)
			.update();
	}

	UUID storeForm(DossierId dossier, FormType type, byte[] pdf, Instant at, String by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into dossier_form (id, dossier_id, form_type, issued_at, issued_by, sha256, pdf) values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, dossier.value(), type.name(), DossierStore.ts(at), by, sha256(pdf), pdf)
			.update();
		return id;
	}

	public List<ComponentRow> components(DossierId dossier) {
		return jdbc.sql("select idx, name, originals, copies, file_id from dossier_component where dossier_id = ? order by idx")
			.param(dossier.value())
			.query((rs, n) -> new ComponentRow(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getObject(5, UUID.class)))
			.list();
	}

	public List<StoredFile> files(DossierId dossier) {
		return jdbc.sql("""
				select id, kind, file_name, content_type, size, sha256, uploaded_at, uploaded_by from dossier_file
				where dossier_id = ? order by uploaded_at, file_name""")
			.param(dossier.value())
			.query((rs, n) -> new StoredFile(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getLong(5), rs.getString(6), DossierStore.instant(rs, 7), rs.getString(8)))
			.list();
	}

	/** A file's name, type and bytes, if it belongs to the dossier. */
	public Optional<FileContent> file(DossierId dossier, UUID fileId) {
		return jdbc.sql("select file_name, content_type, content, storage_key from dossier_file where id = ? and dossier_id = ?")
			.params(fileId, dossier.value())
			.query((rs, n) -> new FileContent(rs.getString(1), rs.getString(2),
					rs.getString(4) != null ? storage.read(rs.getString(4)) : rs.getBytes(3)))
			.optional();
	}

	public List<IssuedForm> forms(DossierId dossier) {
		return jdbc.sql("select id, form_type, issued_at, issued_by, sha256 from dossier_form where dossier_id = ? order by issued_at, id")
			.param(dossier.value())
			.query((rs, n) -> new IssuedForm(rs.getObject(1, UUID.class), FormType.valueOf(rs.getString(2)),
					DossierStore.instant(rs, 3), rs.getString(4), rs.getString(5)))
			.list();
	}

	/** An issued form's PDF, if it belongs to the dossier. */
	public Optional<FileContent> form(DossierId dossier, UUID formId) {
		return jdbc.sql("select form_type, pdf from dossier_form where id = ? and dossier_id = ?")
			.params(formId, dossier.value())
			.query((rs, n) -> new FileContent(FormType.valueOf(rs.getString(1)).fileName(),
					"application/pdf", rs.getBytes(2)))
			.optional();
	}

	/** A file's bytes with the name and type to serve it under. */
	public record FileContent(String fileName, String contentType, byte[] content) {
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
