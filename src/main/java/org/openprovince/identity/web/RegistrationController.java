package org.openprovince.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.CitizenId;
import org.openprovince.identity.IdentityException;
import org.openprovince.identity.InvalidCitizenIdException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Citizen registration on the public portal (đăng ký tài khoản). */
@Controller
class RegistrationController {

	static final String VIEW = "identity/register";

	private final AccountService accounts;

	RegistrationController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** The registration form; Bean Validation covers shape, the domain covers meaning (CCCD, uniqueness). */
	record RegistrationForm(@NotBlank(message = "{identity.fullName.required}") @Size(max = 100,
			message = "{identity.fullName.tooLong}") @Nullable String fullName,
			@NotBlank(message = "{identity.cccd.required}") @Nullable String citizenId,
			@NotBlank(message = "{identity.phone.required}") @Pattern(regexp = "^(0|\\+84)(3|5|7|8|9)[0-9]{8}$",
					message = "{identity.phone.format}") @Nullable String phone,
			@Email(message = "{identity.email.format}") @Size(max = 200) @Nullable String email,
			@NotBlank(message = "{identity.password.required}") @Nullable String password,
			@Nullable String confirmPassword) {

		static RegistrationForm empty() {
			return new RegistrationForm(null, null, null, null, null, null);
		}
	}

	@InitBinder
	void refuseId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/register")
	String form(@ModelAttribute("form") RegistrationForm form) {
		return VIEW;
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (form.password() != null && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "identity.password.mismatch");
		}
		if (!result.hasFieldErrors("citizenId")) {
			try {
				CitizenId.of(form.citizenId());
			}
			catch (InvalidCitizenIdException ex) {
				result.rejectValue("citizenId", ex.messageKey());
			}
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			accounts.registerCitizen(new AccountService.CitizenRegistration(form.fullName(),
					form.citizenId().replace(" ", ""), form.phone().replace(" ", ""), form.email(), form.password()));
		}
		catch (InvalidCitizenIdException ex) {
			result.rejectValue("citizenId", ex.messageKey());
			return VIEW;
		}
		catch (IdentityException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return VIEW;
		}
		redirect.addFlashAttribute("registered", true);
		return "redirect:/login";
	}
}
