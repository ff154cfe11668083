package org.openprovince.integration;

import java.util.Arrays;
import java.util.Optional;

import org.openprovince.platform.Labelled;

/** What an API client may read: one OAuth2 scope per resource of the API. */
enum ApiScope implements Labelled {

	/** The procedure catalog (danh mục thủ tục hành chính): public information. */
	PROCEDURES_READ("procedures.read"),
	/** A dossier's status and history by its code: for government systems only, never the public. */
	DOSSIERS_READ("dossiers.read"),
	/** The yearly per-agency figures of the Decision 766 indicators. */
	STATISTICS_READ("statistics.read");

	private final String value;

	ApiScope(String value) {
		this.value = value;
	}

	/** The scope as tokens carry it, e.g. {@code dossiers.read}. */
	public String value() {
		return value;
	}

	/** The Spring Security authority of a token carrying the scope. */
	String authority() {
		return "SCOPE_" + value;
	}

	static Optional<ApiScope> of(String value) {
		return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
	}

	@Override
	public String messageKey() {
		return "integration.scope." + name();
	}
}
