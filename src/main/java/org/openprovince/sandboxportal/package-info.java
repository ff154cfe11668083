/**
 * Sandbox national public-service portal (Cổng Dịch vụ công quốc gia, DVCQG, thử nghiệm): a stand-in for
 * the national portal inside the application, so that the national-portal sync is demonstrated and
 * tested over real HTTP. It serves the sync protocol (LayToken, DongBoHoSoMC, CapNhatTienDoHoSoMC,
 * TraCuuHoSo, ThongKeDongBo; spec §9) at {@code /sandbox/dvcqg/api}, validates payloads like the real
 * portal, stores what it accepts, and can be switched to fail, to be slow or to reject
 * ({@link org.openprovince.sandboxportal.SandboxPortal}).
 *
 * <p>On with {@code openprovince.sandbox-portal.enabled} (demo and tests); a production deployment
 * switches it off and its endpoint and pages answer 404. The module knows nothing of dossiers: it only
 * sees the JSON it is sent.
 */
@NullMarked
@ApplicationModule(displayName = "Sandbox national portal", allowedDependencies = { "platform", "audit", "identity" })
package org.openprovince.sandboxportal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
