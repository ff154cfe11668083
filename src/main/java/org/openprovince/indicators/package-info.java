/**
 * Service-quality indicators and statistics (chỉ số đánh giá chất lượng phục vụ, Decision 766/QĐ-TTg;
 * spec §10): the public statistics page ({@code /thong-ke}) and the Decision 766 engine
 * ({@link org.openprovince.indicators.Decision766}).
 *
 * <p>Fed only by events, never by reading another module's tables, after their transaction committed.
 * The statistics page: {@link org.openprovince.dossier.DossierReceived} and
 * {@link org.openprovince.dossier.DossierFinished} update one fact row per dossier
 * ({@code indicator_dossier_fact}) and, only when that row actually changed, the monthly figures
 * ({@code indicator_agency_month}), in one transaction. The Decision 766 engine: every
 * {@link org.openprovince.dossier.DossierChanged} replaces the dossier's row of {@code indicator_dossier_766} when its version is
 * newer, and {@link org.openprovince.nationalsync.DossierSynced} records the national portal's acknowledgement; the figures are counted
 * from those rows, the catalog ({@link org.openprovince.catalog.Catalog}) and the feedback module
 * ({@link org.openprovince.feedback.FeedbackIndicators}).
 *
 * <p>Counting rule: a dossier counts for its competent agency (cơ quan có thẩm quyền giải quyết, the
 * one responsible for the time limit); periods are calendar months, quarters and years in Vietnam time.
 *
 * <p>Public API (base package): {@link org.openprovince.indicators.Decision766} and its value types
 * ({@link org.openprovince.indicators.Period}, {@link org.openprovince.indicators.Indicator},
 * {@link org.openprovince.indicators.Scorecard}, {@link org.openprovince.indicators.DrillDown}…), used by
 * the Decision 766 pages.
 */
@NullMarked
@ApplicationModule(displayName = "Indicators",
		allowedDependencies = { "platform", "dossier", "organization", "catalog", "feedback", "nationalsync" })
package org.openprovince.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
