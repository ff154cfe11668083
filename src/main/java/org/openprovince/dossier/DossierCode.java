package org.openprovince.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

import org.openprovince.organization.AgencyCode;

/**
 * The dossier code (mã số hồ sơ) the applicant quotes: the receiving agency's identifier code, the
 * reception date as {@code YYMMDD} and the four-digit sequence of dossiers that agency received that
 * day, e.g. {@code 000.00.09.H99-261121-0007} (Circular 01/2018/TT-VPCP art. 19, kept by Circular
 * 03/2025/TT-VPCP; spec §6). The code never changes, through every transfer between agencies.
 */
public record DossierCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}$");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	/** @throws DossierException when the value does not have the format above */
	public DossierCode {
		Objects.requireNonNull(value, "value");
		value = value.strip().toUpperCase(java.util.Locale.ROOT);
		if (!FORMAT.matcher(value).matches()) {
			throw new DossierException("dossier.error.code.format", value);
		}
	}

	/**
	 * The code of the {@code sequence}-th dossier received by {@code agency} on {@code day}.
	 *
	 * @throws DossierException when the sequence is outside 1–9999
	 */
	public static DossierCode of(AgencyCode agency, LocalDate day, int sequence) {
		if (sequence < 1 || sequence > 9_999) {
			throw new DossierException("dossier.error.code.sequence", agency.value(), day);
		}
		return new DossierCode(agency.value() + "-" + DAY.format(day) + "-" + String.format("%04d", sequence));
	}

	/** The identifier code of the agency that issued it (its prefix, spec §6). */
	public AgencyCode agencyCode() {
		return new AgencyCode(value.substring(0, value.indexOf('-')));
	}

	/** Whether {@code text} looks like a dossier code, to tell a code from a name in a search box. */
	public static boolean looksLike(String text) {
		return FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
