package org.openprovince.dossier;

/**
 * A dossier changed: created, received, moved along its process, paid, rated — any committed change,
 * one event per transaction. It carries the dossier as it stands after the change, so a listener that
 * keeps figures (the indicators) needs nothing else, and one that must send the whole dossier (the
 * national-portal sync) knows which {@link DossierSnapshot#version() version} it has to catch up with.
 * Listeners may see events late, twice or out of order (the publication registry redelivers): the
 * version tells which is newer.
 */
public record DossierChanged(DossierSnapshot dossier) {
}
