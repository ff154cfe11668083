package org.openprovince.identity.web;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The two login pages: back office (staff) and portal (citizens). Spring Security processes the POST. */
@Controller
class LoginController {

	static final String OFFICE_LOGIN = "identity/office-login";
	static final String PORTAL_LOGIN = "identity/login";

	@GetMapping("/office/login")
	String officeLogin(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String logout, HttpSession session, Model model) {
		prepare(error, logout, session, model);
		return OFFICE_LOGIN;
	}

	@GetMapping("/login")
	String portalLogin(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String logout, HttpSession session, Model model) {
		prepare(error, logout, session, model);
		return PORTAL_LOGIN;
	}

	private static void prepare(@Nullable String error, @Nullable String logout, HttpSession session, Model model) {
		if (error != null) {
			Object exception = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("loginError", switch (exception) {
				case LockedException locked -> "identity.login.locked";
				case DisabledException disabled -> "identity.login.disabled";
				case null, default -> "identity.login.bad";
			});
		}
		if (logout != null) {
			model.addAttribute("loggedOut", true);
		}
	}
}
