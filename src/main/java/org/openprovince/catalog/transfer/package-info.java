/**
 * Import and export of the catalog: the national procedure database's JSON shape (spec §2.2) and an
 * xlsx workbook for bulk entry, with a row-by-row problem report. A file with any problem changes
 * nothing. Internal to the catalog module.
 */
@NullMarked
package org.openprovince.catalog.transfer;

import org.jspecify.annotations.NullMarked;
