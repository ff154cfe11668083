package org.openprovince.dossier.internal;

import java.util.UUID;

/**
 * An officer chosen to take a step, with whether they hold the step's role for the step's agency
 * (checked by the service against the identity module before the aggregate accepts them).
 */
public record Assignee(UUID id, String name, boolean eligible) {
}
