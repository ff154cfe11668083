package org.openprovince.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openprovince.catalog.FormField;

/** Plausible values for any e-form, as a citizen would type them. */
public final class EFormValues {

	private EFormValues() {
	}

	public static Map<String, String> valid(List<FormField> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (FormField f : fields) {
			values.put(f.key(), switch (f.type()) {
				case TEXT -> "Nguyễn Văn An";
				case NUMBER -> f.minValue() != null ? f.minValue().toPlainString() : "1";
				case DATE -> "05/03/1990";
				case CHOICE -> f.options().getFirst();
				case ADDRESS -> "Số 12 đường Trần Phú, phường Hồng Hà";
			});
		}
		return values;
	}
}
