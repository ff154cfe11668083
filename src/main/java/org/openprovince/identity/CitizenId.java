package org.openprovince.identity;

import java.time.Year;
import java.util.Set;

/**
 * A personal identification number (số định danh cá nhân), the 12 digits printed on the citizen
 * identity card (CCCD).
 *
 * <p>Structure per Circular 59/2021/TT-BCA art. 7 (formerly Circular 07/2016/TT-BCA art. 7):
 * digits 1–3 the province of birth registration, digit 4 sex and century of birth (0/1 = male/female
 * born 1900–1999, 2/3 = 2000–2099, 4/5 = 2100–2199, 6/7 = 2200–2299, 8/9 = 2300–2399), digits 5–6 the
 * last two digits of the year of birth, digits 7–12 a random number. The province codes are those of
 * the 63 provinces as numbered before the 2025 merger; numbers already issued keep them.
 */
public record CitizenId(String value) {

	// Province codes in Circular 59/2021/TT-BCA, Annex (same numbering as the administrative codes).
	private static final Set<String> PROVINCE_CODES = Set.of("001", "002", "004", "006", "008", "010", "011", "012",
			"014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
			"037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
			"064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087",
			"089", "091", "092", "093", "094", "095", "096");

	/**
	 * @throws InvalidCitizenIdException with a message key explaining what is wrong
	 */
	public CitizenId {
		if (value == null || value.isBlank()) {
			throw new InvalidCitizenIdException("identity.cccd.required");
		}
		value = value.strip().replace(" ", "");
		if (!value.matches("\\d{12}")) {
			throw new InvalidCitizenIdException("identity.cccd.format");
		}
		if (!PROVINCE_CODES.contains(value.substring(0, 3))) {
			throw new InvalidCitizenIdException("identity.cccd.province");
		}
		if (birthYear(value) > Year.now().getValue()) {
			throw new InvalidCitizenIdException("identity.cccd.birthYear");
		}
	}

	/** Parses user input, tolerating spaces between digit groups. */
	public static CitizenId of(String input) {
		return new CitizenId(input);
	}

	/** Year of birth encoded in digits 4–6. */
	public int birthYear() {
		return birthYear(value);
	}

	/** Whether the holder is female, from digit 4 (even = male, odd = female). */
	public boolean female() {
		return (value.charAt(3) - '0') % 2 == 1;
	}

	private static int birthYear(String digits) {
		int centuryDigit = digits.charAt(3) - '0';
		int century = 1900 + (centuryDigit / 2) * 100;
		return century + Integer.parseInt(digits.substring(4, 6));
	}

	@Override
	public String toString() {
		return value;
	}
}
