/**
 * The seven one-stop-shop forms of Circular 03/2025/TT-VPCP, Annex I (spec §5.2), rendered to PDF:
 * the receipt and appointment slip (01), the supplement request (02), the refusal (03), the apology
 * with an extension (04), the stop notice (05), the control slip (06) and the tracking book (07, also
 * as xlsx). Callers fill the form records with values already chosen and formatted where the record
 * says so; {@link org.openprovince.dossier.forms.DossierForms} lays them out in Vietnamese, whatever
 * the reader's language, with an embedded font and a QR code to the tracking page.
 *
 * <p>Internal to the dossier module.
 */
@NullMarked
package org.openprovince.dossier.forms;

import org.jspecify.annotations.NullMarked;
