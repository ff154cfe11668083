package org.openprovince.catalog.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.ProcedureContent;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.PublishingDecision;

/**
 * Writes the catalog sheet that {@link XlsxReader} reads: the header row and one row per procedure
 * version. With no version it is the empty template administrators fill in.
 */
public final class XlsxWriter {

	public void write(List<ProcedureVersion> versions, OutputStream out) {
		try {
			var workbook = new Workbook(out, "OpenProvince", "1.0");
			Worksheet sheet = workbook.newWorksheet(XlsxColumn.SHEET);
			for (XlsxColumn column : XlsxColumn.values()) {
				sheet.width(column.ordinal(), column.width());
				sheet.value(0, column.ordinal(), column.header());
				sheet.style(0, column.ordinal()).bold().fillColor("EEEEEE").wrapText(true).set();
			}
			sheet.freezePane(2, 1);
			int r = 1;
			for (ProcedureVersion version : versions) {
				row(sheet, r++, version);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void row(Worksheet sheet, int r, ProcedureVersion version) {
		ProcedureContent content = version.content();
		PublishingDecision decision = content.decision();
		put(sheet, r, XlsxColumn.CODE, version.code().value());
		put(sheet, r, XlsxColumn.NAME, content.name());
		put(sheet, r, XlsxColumn.FIELD_CODE, content.field().code());
		put(sheet, r, XlsxColumn.FIELD_NAME, content.field().name());
		put(sheet, r, XlsxColumn.LEVELS,
				content.levels().stream().map(ImplementingLevel::nationalLabel).collect(Collectors.joining("; ")));
		put(sheet, r, XlsxColumn.IMPLEMENTING_AGENCY, content.implementingAgency());
		put(sheet, r, XlsxColumn.COMPETENT_AGENCY, content.competentAgency());
		put(sheet, r, XlsxColumn.TARGET_SUBJECTS, content.targetSubjects());
		put(sheet, r, XlsxColumn.CHANNELS,
				content.channels().stream().map(Channel::nationalLabel).collect(Collectors.joining("; ")));
		sheet.value(r, XlsxColumn.TIME_LIMIT.ordinal(), content.timeLimit().amount());
		put(sheet, r, XlsxColumn.TIME_UNIT, content.timeLimit().unit().nationalLabel());
		if (content.onlineTimeLimit() != null) {
			sheet.value(r, XlsxColumn.ONLINE_TIME_LIMIT.ordinal(), content.onlineTimeLimit().amount());
		}
		put(sheet, r, XlsxColumn.TIME_NOTE, content.timeLimitNote());
		put(sheet, r, XlsxColumn.ONLINE_LEVEL, Labels.onlineLevelLabel(content.onlineLevel()));
		put(sheet, r, XlsxColumn.STEPS, Lines.formatSteps(content.steps()));
		put(sheet, r, XlsxColumn.DOCUMENTS, Lines.formatDocuments(content.documents()));
		put(sheet, r, XlsxColumn.FEES, Lines.formatFees(content.fees()));
		put(sheet, r, XlsxColumn.RESULTS, Lines.formatResults(content.results()));
		put(sheet, r, XlsxColumn.LEGAL_BASES, Lines.formatLegalBases(content.legalBases()));
		put(sheet, r, XlsxColumn.REQUIREMENTS, content.requirements());
		if (decision != null) {
			put(sheet, r, XlsxColumn.DECISION_NUMBER, decision.number());
			put(sheet, r, XlsxColumn.DECISION_DATE, Dates.format(decision.date()));
			put(sheet, r, XlsxColumn.DECISION_ISSUER, decision.issuer());
		}
		put(sheet, r, XlsxColumn.EFFECTIVE_FROM, Dates.format(version.effectiveFrom()));
		put(sheet, r, XlsxColumn.NOTE, content.note());
		put(sheet, r, XlsxColumn.FORM_FIELDS, Lines.formatFormFields(content.formFields()));
	}

	private static void put(Worksheet sheet, int r, XlsxColumn column, @Nullable String value) {
		if (value != null && !value.isEmpty()) {
			sheet.value(r, column.ordinal(), value);
			if (value.indexOf('\n') >= 0) {
				sheet.style(r, column.ordinal()).wrapText(true).verticalAlignment("top").set();
			}
		}
	}
}
