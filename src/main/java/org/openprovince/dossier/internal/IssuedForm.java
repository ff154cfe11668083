package org.openprovince.dossier.internal;

import java.time.Instant;
import java.util.UUID;

import org.openprovince.dossier.forms.FormType;

/** A form issued for a dossier; its PDF never changes. */
public record IssuedForm(UUID id, FormType type, Instant issuedAt, String issuedBy, String sha256) {
}
