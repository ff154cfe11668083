package org.openprovince.dossier.forms;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The top of every form: the issuing agency on the left, under its governing body (cơ quan chủ quản),
 * and the place and date line on the right ("Sông Hồng, ngày 21 tháng 11 năm 2026").
 *
 * @param agencyName the issuing agency, e.g. "Trung tâm Phục vụ hành chính công tỉnh"
 * @param parentAgencyName the governing body printed above it, e.g. "UBND TỈNH SÔNG HỒNG"; {@code null}
 * when the agency has none to show
 * @param place the place name of the date line, e.g. "Sông Hồng"
 * @param date the date the form is issued
 */
public record FormHeader(String agencyName, @Nullable String parentAgencyName, String place, LocalDate date) {

	public FormHeader {
		Objects.requireNonNull(agencyName, "agencyName");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(date, "date");
	}
}
