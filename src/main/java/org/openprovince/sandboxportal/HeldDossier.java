package org.openprovince.sandboxportal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dossier as the sandbox portal holds it: the last accepted HoSo and its bookkeeping.
 *
 * @param maHoSo the dossier code (MaHoSo)
 * @param unit DonViXuLy, the receiving agency's unit code
 * @param receivedDay the day of NgayTiepNhan (Vietnam time)
 * @param status TrangThaiHoSo, "1".."10"
 * @param version PhienBan of the stored HoSo (the highest received)
 * @param firstReceivedAt when the portal first accepted it
 * @param lastReceivedAt when the portal last accepted it (also a repeat of the same version)
 * @param acceptedTimes how many times it was accepted; an older version is not counted
 * @param json the stored HoSo as JSON
 */
public record HeldDossier(String maHoSo, String unit, LocalDate receivedDay, String status, long version,
		Instant firstReceivedAt, Instant lastReceivedAt, int acceptedTimes, String json) {
}
