/**
 * The Decision 766 pages (Quyết định 766/QĐ-TTg, bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng
 * phục vụ người dân, doanh nghiệp): the back-office scorecard with a drill-down behind every figure and
 * its xlsx/PDF exports, the leadership dashboard with its charts, the public page of the province's
 * scores, and the home-page cards. Everything here reads {@link org.openprovince.indicators.Decision766};
 * nothing computes an indicator.
 *
 * <p>Who reads what: leaders ({@code AGENCY_LEADER}) and administrators every agency and the province;
 * other staff only the agencies of their role grants. The dashboard is for leaders and administrators.
 */
@NullMarked
package org.openprovince.indicators.web;

import org.jspecify.annotations.NullMarked;
