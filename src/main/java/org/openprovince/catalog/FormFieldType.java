package org.openprovince.catalog;

import org.openprovince.platform.Labelled;

/**
 * The kind of value a field of a procedure's e-form (tờ khai điện tử) takes, which decides how the
 * portal renders it and how {@link EForms} checks and normalises what the citizen typed.
 */
public enum FormFieldType implements Labelled {

	/** Free text on one line (văn bản), at most {@link FormField#maxLength()} characters. */
	TEXT,
	/** A number (số), optionally between {@link FormField#minValue()} and {@link FormField#maxValue()}. */
	NUMBER,
	/** A calendar date (ngày), stored as ISO {@code yyyy-MM-dd}. */
	DATE,
	/** One of the field's {@link FormField#options()} (lựa chọn). */
	CHOICE,
	/** An address (địa chỉ) as one text: house number, street or hamlet, commune, province. */
	ADDRESS;

	@Override
	public String messageKey() {
		return "catalog.formFieldType." + name();
	}

	/** Whether values are text with a {@link FormField#maxLength() length limit}. */
	public boolean isText() {
		return this == TEXT || this == ADDRESS;
	}
}
