package org.openprovince.catalog.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.ProcedureSummary;
import org.openprovince.catalog.ProcedureVersion;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a read file to the catalog in one transaction: a new code creates a procedure; a known code
 * with different content adds a version; identical content is left alone. The version starts on the
 * record's NGAYHIEULUC or, for a new procedure, its publishing decision's date, else on the day the
 * administrator chose. Every record is tried so that the report lists every problem, and if there is
 * any, the transaction is rolled back: a bad file changes nothing.
 */
@Service
public class CatalogImport {

	private final Catalog catalog;

	private final TransactionTemplate transaction;

	CatalogImport(Catalog catalog, PlatformTransactionManager transactions) {
		this.catalog = catalog;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * @param sheet the sheet name for problems (xlsx), or {@code null} (JSON)
	 * @param effectiveFrom the day changes start when a record does not say
	 */
	public ImportReport apply(ParsedFile file, @Nullable String sheetOrNull, LocalDate effectiveFrom) {
		if (file.hasProblems()) {
			return ImportReport.failed(file.problems());
		}
		String sheet = sheetOrNull == null || sheetOrNull.isEmpty() ? null : sheetOrNull;
		List<ImportProblem> problems = new ArrayList<>();
		int[] counts = new int[3];
		transaction.executeWithoutResult(status -> {
			for (ImportRecord record : file.records()) {
				try {
					counts[apply(record, effectiveFrom)]++;
				}
				catch (CatalogException ex) {
					problems.add(new ImportProblem(sheet, record.row(), "", ex));
				}
				catch (DataAccessException ex) {
					// The database refused: the transaction is lost, so stop here.
					problems.add(new ImportProblem(sheet, record.row(), "",
							new CatalogException("catalog.import.storage", record.code())));
					break;
				}
			}
			if (!problems.isEmpty()) {
				status.setRollbackOnly();
			}
		});
		return problems.isEmpty() ? new ImportReport(List.of(), counts[0], counts[1], counts[2])
				: ImportReport.failed(problems);
	}

	/** @return 0 created, 1 revised, 2 unchanged */
	private int apply(ImportRecord record, LocalDate fallback) {
		Optional<ProcedureSummary> existing = catalog.findProcedureByCode(record.code());
		if (existing.isEmpty()) {
			LocalDate from = record.effectiveFrom() != null ? record.effectiveFrom()
					: record.content().decision() != null ? record.content().decision().date() : fallback;
			catalog.createProcedure(record.code(), record.content(), from);
			return 0;
		}
		ProcedureSummary procedure = existing.get();
		ProcedureVersion latest = catalog.latestVersion(procedure.id()).orElseThrow();
		if (latest.content().equals(record.content())) {
			return 2;
		}
		LocalDate from = record.effectiveFrom() != null && record.effectiveFrom().isAfter(latest.effectiveFrom())
				? record.effectiveFrom() : fallback;
		catalog.reviseProcedure(procedure.id(), procedure.version(), record.content(), from);
		return 1;
	}
}
