package org.openprovince.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A component of the dossier (thành phần hồ sơ, Decree 63/2010 art. 8.2.d): what to bring, how many
 * originals (bản chính) and copies (bản sao), whether it is mandatory, and the form to fill in when
 * there is one (tên mẫu đơn, URL in the national database, spec §2.2–2.3).
 *
 * @param caseName the case (trường hợp) it applies to, or {@code null} for every case
 * @param templateName name of the form or declaration template, or {@code null}
 * @param templateUrl where the template can be downloaded, or {@code null}
 * @param documentCode national document-type code (MAGIAYTO), used to reuse digitised papers, or {@code null}
 */
public record RequiredDocument(@Nullable String caseName, String name, int originals, int copies, boolean mandatory,
		@Nullable String templateName, @Nullable String templateUrl, @Nullable String documentCode) {

	private static final int MAX_COPIES = 99;

	public RequiredDocument {
		caseName = Texts.optional(caseName, Texts.SHORT);
		name = Texts.required(name, "catalog.error.document.name", 2_000);
		if (originals < 0 || copies < 0 || originals > MAX_COPIES || copies > MAX_COPIES) {
			throw new CatalogException("catalog.error.document.count", name);
		}
		templateName = Texts.optional(templateName, Texts.SHORT);
		templateUrl = Texts.optional(templateUrl, 1_000);
		if (templateUrl != null && !(templateUrl.startsWith("https://") || templateUrl.startsWith("http://")
				|| templateUrl.startsWith("/"))) {
			throw new CatalogException("catalog.error.document.url", templateUrl);
		}
		documentCode = Texts.optional(documentCode, 50);
	}

	/** A mandatory paper without template: {@code originals} originals and {@code copies} copies. */
	public static RequiredDocument of(String name, int originals, int copies) {
		return new RequiredDocument(null, name, originals, copies, true, null, null, null);
	}
}
