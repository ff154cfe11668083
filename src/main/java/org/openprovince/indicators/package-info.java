/**
 * Service-quality indicators and statistics (chỉ số đánh giá chất lượng phục vụ, Decision 766/QĐ-TTg;
 * spec §10). Today: the public statistics page ({@code /thong-ke}) with the dossiers received, finished
 * and finished on time per competent agency and month.
 *
 * <p>Fed only by the dossier events ({@link org.openprovince.dossier.DossierReceived},
 * {@link org.openprovince.dossier.DossierFinished}), after their transaction committed: each event
 * updates one fact row per dossier ({@code indicator_dossier_fact}) and, only when that row actually
 * changed, the monthly figures ({@code indicator_agency_month}), in one transaction. A redelivered
 * event therefore counts once, and a page view reads a handful of pre-computed rows. The facts keep what
 * the Decision 766 indicators will need (due date, final status, refusal), so those can grow here.
 *
 * <p>Counting rule: a dossier counts for its competent agency (cơ quan có thẩm quyền giải quyết, the
 * one responsible for the time limit), in the month of its reception for "received" and in the month
 * its processing ended for "finished", months in Vietnam time.
 *
 * <p>The module has no public API yet: nothing in it is used by another module.
 */
@NullMarked
@ApplicationModule(displayName = "Indicators",
		allowedDependencies = { "platform", "dossier", "organization", "catalog" })
package org.openprovince.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
