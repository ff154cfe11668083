package org.openprovince.catalog.transfer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureContent;

/**
 * A procedure read from a file, ready to import.
 *
 * @param row its row (xlsx) or position (JSON), from 1, for problems found while importing it
 * @param effectiveFrom the day it is in force from when the file says so (NGAYHIEULUC), or {@code null}
 */
public record ImportRecord(int row, ProcedureCode code, ProcedureContent content, @Nullable LocalDate effectiveFrom) {
}
