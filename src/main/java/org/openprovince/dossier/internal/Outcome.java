package org.openprovince.dossier.internal;

/** What the processing is heading for: a result granting the request, or a reasoned refusal (spec §3.3 T13). */
public enum Outcome {
	GRANT, REFUSE
}
