/**
 * The dossier aggregate, its persistence, the transition service and the queue queries; internal to
 * the module (the web layer and the forms use them, other modules do not).
 */
@NullMarked
package org.openprovince.dossier.internal;

import org.jspecify.annotations.NullMarked;
