/**
 * Demo dossiers for the fictional Tỉnh Sông Hồng: a few months of one-stop-shop work created through
 * the workflow service at past moments, so that queues, registers and reports have something to show.
 */
@NullMarked
package org.openprovince.dossier.demo;

import org.jspecify.annotations.NullMarked;
