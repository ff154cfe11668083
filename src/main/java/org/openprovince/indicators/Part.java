package org.openprovince.indicators;

/** Which side of an indicator's ratio a drill-down lists. */
public enum Part {
	NUMERATOR, DENOMINATOR
}
