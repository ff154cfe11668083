package org.openprovince.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.IdentityException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Password change for staff (back office) and citizens (portal): same form, each in its own layout. */
@Controller
class PasswordController {

	static final String VIEW = "identity/password";

	private final AccountService accounts;
	private final MessageSource messages;

	PasswordController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	record PasswordForm(@NotBlank(message = "{identity.password.required}") @Nullable String currentPassword,
			@NotBlank(message = "{identity.password.required}") @Nullable String newPassword,
			@Nullable String confirmPassword) {
	}

	@GetMapping({ "/office/account/password", "/account/password" })
	String form(@ModelAttribute("form") PasswordForm form, HttpServletRequest request, Model model) {
		return view(request, model);
	}

	@PostMapping({ "/office/account/password", "/account/password" })
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, CurrentUser user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (form.newPassword() != null && !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "identity.password.mismatch");
		}
		if (result.hasErrors()) {
			return view(request, model);
		}
		try {
			accounts.changePassword(user.accountId(), form.currentPassword(), form.newPassword());
		}
		catch (IdentityException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return view(request, model);
		}
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("identity.password.changed", null, LocaleContextHolder.getLocale()));
		return "redirect:" + path(request);
	}

	/** One page, shown in the back-office or the portal layout depending on who asks. */
	private static String view(HttpServletRequest request, Model model) {
		model.addAttribute("layout", path(request).startsWith("/office") ? "layout/office" : "layout/portal");
		return VIEW;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
