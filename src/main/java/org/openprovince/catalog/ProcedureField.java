package org.openprovince.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The field (lĩnh vực) a procedure belongs to, with its code in the national database (MALINHVUC,
 * TENLINHVUC, spec §2.2; field codes come from Circular 01/2018/TT-VPCP and its 2025 successor).
 */
public record ProcedureField(String code, String name) {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,29}");

	/** @throws CatalogException when the code is malformed or the name blank */
	public ProcedureField {
		code = Texts.required(code, "catalog.error.field.code", 30).toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			throw new CatalogException("catalog.error.field.code.format", code);
		}
		name = Texts.required(name, "catalog.error.field.name", Texts.SHORT);
	}
}
