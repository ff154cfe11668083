package org.openprovince.organization;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An agency's identifier code (mã định danh) in the form {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, read right
 * to left from level 1 to level 4: {@code MX1X2} is the level-1 body (a group letter and two
 * digits, e.g. {@code H41} = People's Committee of Nghệ An), {@code Y1Y2} the level-2 body
 * (departments, formerly districts), {@code Z1Z2} level 3 (units under level 2, communes) and
 * {@code V1V2V3} level 4. A level-1 body has zeros elsewhere: {@code 000.00.00.H41}.
 *
 * <p>Source: the identifier coding of Decision 20/2020/QĐ-TTg, as used in electronic document
 * exchange under QCVN 102:2016/BTTTT (see spec/documents.md §6.2). The value is normalised to upper
 * case; other formats seen in real integrations (e.g. {@code 999.010.01.H22}) are not accepted here.
 */
public record AgencyCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$");

	/** @throws OrganizationException when the value is blank or not in the format above */
	public AgencyCode {
		if (value == null || value.isBlank()) {
			throw new OrganizationException("organization.error.agencyCode.required");
		}
		value = value.strip().toUpperCase(Locale.ROOT);
		if (!FORMAT.matcher(value).matches()) {
			throw new OrganizationException("organization.error.agencyCode.format", value);
		}
	}

	public static AgencyCode of(String value) {
		return new AgencyCode(value);
	}

	/** The level-1 body group, e.g. {@code H99} for the People's Committee of province 99. */
	public String levelOne() {
		return value.substring(value.lastIndexOf('.') + 1);
	}

	@Override
	public String toString() {
		return value;
	}
}
