package org.openprovince.dossier.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.forms.TrackingBookForm.Row;

/**
 * The tracking book (form 07) as one xlsx sheet: title, agency and period on top, then the header on
 * {@link #HEADER_ROW} and one row per dossier, with real numbers and date-times so it sorts and filters.
 */
final class TrackingBookXlsx {

	/** Zero-based row of the column headers; dossiers follow it. */
	static final int HEADER_ROW = 3;

	private static final String DATE_TIME = "dd/mm/yyyy hh:mm";

	private static final List<Column> COLUMNS = List.of(number("index", 6, Row::index),
			text("code", 27, Row::dossierCode), text("procedure", 50, Row::procedureName),
			number("sets", 10, Row::sets), text("owner", 28, Row::ownerName), text("address", 36, Row::address),
			text("phone", 14, Row::phone), time("receivedAt", 17, Row::receivedAt), time("dueAt", 17, Row::dueAt),
			time("resultReceivedAt", 17, Row::resultReceivedAt), time("returnedAt", 17, Row::returnedAt),
			text("officer", 24, Row::receivingOfficer), text("note", 30, Row::note));

	byte[] write(TrackingBookForm form, FormFormats fmt) {
		var out = new ByteArrayOutputStream(16 * 1024 + form.rows().size() * 256);
		try {
			var workbook = new Workbook(out, "OpenProvince", "1.0");
			Worksheet sheet = workbook.newWorksheet(fmt.message("forms.book.sheet"));
			sheet.value(0, 0, fmt.upper(fmt.message(FormType.TRACKING_BOOK.messageKey())));
			sheet.style(0, 0).bold().fontSize(14).set();
			sheet.value(1, 0, form.header().agencyName());
			sheet.value(2, 0, fmt.period(form.from(), form.to()));
			for (int c = 0; c < COLUMNS.size(); c++) {
				Column column = COLUMNS.get(c);
				sheet.width(c, column.width());
				sheet.value(HEADER_ROW, c, fmt.message("forms.book.col." + column.key()));
				sheet.style(HEADER_ROW, c).bold().fillColor("EEEEEE").wrapText(true).verticalAlignment("center").set();
			}
			sheet.freezePane(2, HEADER_ROW + 1);
			int r = HEADER_ROW + 1;
			for (Row row : form.rows()) {
				for (int c = 0; c < COLUMNS.size(); c++) {
					put(sheet, r, c, COLUMNS.get(c).value().apply(row));
				}
				r++;
			}
			if (r > HEADER_ROW + 1) {
				for (int c = 0; c < COLUMNS.size(); c++) {
					if (COLUMNS.get(c).time()) {
						sheet.range(HEADER_ROW + 1, c, r - 1, c).style().format(DATE_TIME).set();
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void put(Worksheet sheet, int r, int c, @Nullable Object value) {
		switch (value) {
			case null -> {
			}
			case Integer number -> sheet.value(r, c, number);
			case LocalDateTime time -> sheet.value(r, c, time);
			default -> {
				String text = value.toString();
				if (!text.isEmpty()) {
					sheet.value(r, c, text);
				}
			}
		}
	}

	private static Column number(String key, int width, Function<Row, Integer> value) {
		return new Column(key, width, false, value);
	}

	private static Column text(String key, int width, Function<Row, @Nullable String> value) {
		return new Column(key, width, false, value);
	}

	private static Column time(String key, int width, Function<Row, @Nullable LocalDateTime> value) {
		return new Column(key, width, true, value);
	}

	/** A column: its header's key under {@code forms.book.col.}, width in characters and value. */
	private record Column(String key, int width, boolean time, Function<Row, ? extends @Nullable Object> value) {
	}
}
