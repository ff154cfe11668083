package org.openprovince.calendar;

import org.openprovince.platform.Labelled;
/**
 * The public holidays of Labour Code 2019 (Luật số 45/2019/QH14) art. 112.1, on which state
 * agencies are closed [K: the spec does not quote the code; check against the official text].
 */
public enum Holiday implements Labelled {

	/** Tết Dương lịch, 1 January (art. 112.1.a). */
	NEW_YEAR(true),
	/**
	 * Tết Âm lịch, 5 days (art. 112.1.b). The Prime Minister sets the days each year (art. 112.3);
	 * computed by default as the last day of the lunar year and the first four days of the new one.
	 */
	TET(false),
	/** Ngày Chiến thắng, 30 April (art. 112.1.c). */
	VICTORY_DAY(true),
	/** Ngày Quốc tế lao động, 1 May (art. 112.1.d). */
	LABOUR_DAY(true),
	/** Quốc khánh, 2 September (art. 112.1.đ). */
	NATIONAL_DAY(true),
	/** The day before or after 2 September (art. 112.1.đ); the Prime Minister chooses it each year (art. 112.3). */
	NATIONAL_DAY_ADJACENT(false),
	/** Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month (art. 112.1.e). */
	HUNG_KINGS(true);

	private final boolean fixedByLaw;

	Holiday(boolean fixedByLaw) {
		this.fixedByLaw = fixedByLaw;
	}

	/**
	 * Whether the law itself fixes the date, so the yearly schedule cannot turn it into a working
	 * day; Tết and the day adjacent to National Day are the Prime Minister's choice.
	 */
	public boolean fixedByLaw() {
		return fixedByLaw;
	}

	/** Message-bundle key of the holiday's name; {@code <key>.basis} names its legal basis. */
	@Override
	public String messageKey() {
		return "calendar.holiday." + name();
	}
}
