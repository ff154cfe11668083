package org.openprovince.portal.web;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierQueries;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public tracking of a dossier without logging in (tra cứu hồ sơ): the dossier code ({@code ma}) and
 * the last four digits of the applicant's identity or phone number ({@code so}). The QR code on a
 * receipt links here with the code only, which shows the form asking for the digits and nothing
 * else; a wrong number and an unknown code get the same answer. A GET, so a result can be bookmarked
 * and the rate limiter can count it; never cached, never indexed, never any personal data.
 */
@Controller
class TrackingController {

	static final String PATH = "/tra-cuu";

	static final String VIEW = "portal/track";

	private final DossierQueries queries;

	TrackingController(DossierQueries queries) {
		this.queries = queries;
	}

	@GetMapping(PATH)
	String track(@RequestParam(name = "ma", required = false) @Nullable String ma,
			@RequestParam(name = "so", required = false) @Nullable String so, Model model,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		String code = ma == null || ma.isBlank() ? null : ma.strip().toUpperCase(java.util.Locale.ROOT);
		String digits = so == null || so.isBlank() ? null : so.strip();
		model.addAttribute("code", code);
		if (code == null) {
			return VIEW;
		}
		if (code.length() > 40 || !DossierCode.looksLike(code)) {
			model.addAttribute("problem", "portal.track.error.code");
		}
		else if (digits == null) {
			model.addAttribute("ask", true);
		}
		else if (!digits.matches("[0-9]{4}")) {
			model.addAttribute("problem", "portal.track.error.digits");
		}
		else {
			queries.track(new DossierCode(code), digits)
				.ifPresentOrElse(found -> model.addAttribute("tracking", found),
						() -> model.addAttribute("problem", "portal.track.error.notFound"));
		}
		return VIEW;
	}
}
