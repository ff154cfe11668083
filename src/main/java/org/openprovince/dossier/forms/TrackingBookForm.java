package org.openprovince.dossier.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Form 07, Sổ theo dõi hồ sơ: the register of dossiers a one-stop desk received in a period, one row
 * per dossier. Callers split longer periods: a book holds at most {@link #MAX_ROWS} rows.
 *
 * @param from first day of the period
 * @param to last day of the period, inclusive
 */
public record TrackingBookForm(FormHeader header, LocalDate from, LocalDate to, List<Row> rows) {

	/** Most rows one book renders (about 700 landscape pages). */
	public static final int MAX_ROWS = 5_000;

	/** @throws IllegalArgumentException when {@code to} is before {@code from} or there are too many rows */
	public TrackingBookForm {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
		}
		rows = Lists.copy(rows, MAX_ROWS, "rows");
	}

	/**
	 * One dossier in the book.
	 *
	 * @param index the row number (STT)
	 * @param ownerName the dossier's owner, person or organisation
	 * @param resultReceivedAt when the one-stop desk got the result from the deciding agency, if yet
	 * @param returnedAt when the result was returned to the applicant, if yet
	 */
	public record Row(int index, String dossierCode, String procedureName, int sets, String ownerName,
			@Nullable String address, @Nullable String phone, LocalDateTime receivedAt, LocalDateTime dueAt,
			@Nullable LocalDateTime resultReceivedAt, @Nullable LocalDateTime returnedAt, String receivingOfficer,
			@Nullable String note) {

		public Row {
			Objects.requireNonNull(dossierCode, "dossierCode");
			Objects.requireNonNull(procedureName, "procedureName");
			Objects.requireNonNull(ownerName, "ownerName");
			Objects.requireNonNull(receivedAt, "receivedAt");
			Objects.requireNonNull(dueAt, "dueAt");
			Objects.requireNonNull(receivingOfficer, "receivingOfficer");
		}
	}
}
