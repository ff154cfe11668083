package org.openprovince.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;

/**
 * A catalog search: words (accent-insensitive, typo-tolerant) over code, name, field and agency names,
 * filters, the day whose versions to search, and a page.
 *
 * @param text words to look for, or {@code null} for all procedures (ordered by code)
 * @param fieldCode only this field (lĩnh vực), or {@code null}
 * @param level only procedures implemented at this level, or {@code null}
 * @param agency only procedures this agency receives or is competent for, or {@code null}
 * @param onlineLevel only this online level, or {@code null}
 * @param page 0-based page number, bounded by {@link #MAX_PAGE}
 */
public record ProcedureQuery(@Nullable String text, @Nullable String fieldCode, @Nullable ImplementingLevel level,
		@Nullable AgencyId agency, @Nullable OnlineLevel onlineLevel, LocalDate day, int page) {

	/** Results per page. */
	public static final int PAGE_SIZE = 20;

	/** Last page reachable: searches are bounded to 1,000 results; narrow the words or filters beyond. */
	public static final int MAX_PAGE = 49;

	public ProcedureQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		if (text != null && text.length() > 200) {
			text = text.substring(0, 200);
		}
		fieldCode = fieldCode == null || fieldCode.isBlank() ? null : fieldCode.strip();
		page = Math.clamp(page, 0, MAX_PAGE);
	}

	public static ProcedureQuery text(@Nullable String text, LocalDate day) {
		return new ProcedureQuery(text, null, null, null, null, day, 0);
	}

	public ProcedureQuery atPage(int newPage) {
		return new ProcedureQuery(text, fieldCode, level, agency, onlineLevel, day, newPage);
	}
}
