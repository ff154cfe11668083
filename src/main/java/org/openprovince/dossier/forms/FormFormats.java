package org.openprovince.dossier.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The Vietnamese way of writing times and dates on the forms, for the templates (as {@code fmt}) and the
 * xlsx book. Every method returns the empty string for {@code null}.
 */
final class FormFormats {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final MessageSource messages;

	private final Locale locale;

	FormFormats(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** "14 giờ 30 phút, ngày 21/11/2026". */
	public String dateTime(@Nullable LocalDateTime time) {
		return time == null ? "" : clockInWords(time) + ", " + onDay(time);
	}

	/** "14 giờ 30 phút". */
	public String clockInWords(@Nullable LocalDateTime time) {
		if (time == null) {
			return "";
		}
		return message("forms.format.clock", "%02d".formatted(time.getHour()), "%02d".formatted(time.getMinute()));
	}

	/** "ngày 21/11/2026". */
	public String onDay(@Nullable LocalDateTime time) {
		return time == null ? "" : message("forms.format.onDay", DAY.format(time));
	}

	/** "14:30", the clock part of a time in a table cell. */
	public String clock(@Nullable LocalDateTime time) {
		return time == null ? "" : CLOCK.format(time);
	}

	/** "21/11/2026", the date part of a time in a table cell. */
	public String day(@Nullable LocalDateTime time) {
		return time == null ? "" : DAY.format(time);
	}

	/** "21/11/2026". */
	public String date(@Nullable LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	/**
	 * "ngày 05 tháng 02 năm 2026": a day below 10 and the months 1 and 2 take a leading zero (Decree
	 * 30/2020/NĐ-CP, Annex I, on the place and date of a document).
	 */
	public String longDate(@Nullable LocalDate date) {
		if (date == null) {
			return "";
		}
		int month = date.getMonthValue();
		return message("forms.format.longDate", "%02d".formatted(date.getDayOfMonth()),
				month <= 2 ? "%02d".formatted(month) : String.valueOf(month), String.valueOf(date.getYear()));
	}

	/** "Sông Hồng, ngày 21 tháng 11 năm 2026". */
	public String placeDate(FormHeader header) {
		return message("forms.format.placeDate", header.place(), longDate(header.date()));
	}

	/** "Từ ngày 01/11/2026 đến ngày 30/11/2026". */
	public String period(LocalDate from, LocalDate to) {
		return message("forms.format.period", date(from), date(to));
	}

	/** Upper case by Vietnamese rules, for agency names and titles. */
	public String upper(@Nullable String text) {
		return text == null ? "" : text.toUpperCase(locale);
	}

	String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
