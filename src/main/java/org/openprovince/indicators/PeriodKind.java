package org.openprovince.indicators;

/** Length of a reporting period (kỳ báo cáo) of the Decision 766 indicators: month, quarter or year. */
public enum PeriodKind {
	MONTH, QUARTER, YEAR
}
