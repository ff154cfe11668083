package org.openprovince.catalog.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureQuery;
import org.openprovince.organization.AgencyId;

/**
 * The query string of a procedure search: words, filters and the page (1-based as shown). Values that
 * do not parse are ignored rather than refused, so a shared link never fails.
 */
record SearchForm(@Nullable String q, @Nullable String field, @Nullable ImplementingLevel level, @Nullable UUID agency,
		@Nullable OnlineLevel online, int page) {

	static SearchForm of(@Nullable String q, @Nullable String field, @Nullable String level, @Nullable String agency,
			@Nullable String online, @Nullable String page) {
		return new SearchForm(q == null || q.isBlank() ? null : q.strip(), field == null || field.isBlank() ? null : field,
				WebForms.parseEnum(ImplementingLevel.class, level), WebForms.parseUuid(agency),
				WebForms.parseEnum(OnlineLevel.class, online), WebForms.parsePage(page));
	}

	ProcedureQuery toQuery(LocalDate day) {
		return new ProcedureQuery(q, field, level, agency == null ? null : new AgencyId(agency), online, day, page - 1);
	}

	/** This search at another page (1-based) of {@code path}. */
	public String pageLink(String path, int otherPage) {
		return WebForms.link(path, "q", q, "field", field, "level", level, "agency", agency, "online", online, "page",
				otherPage == 1 ? null : otherPage);
	}
}
