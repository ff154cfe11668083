package org.openprovince.identity.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.IdentityException;
import org.openprovince.identity.Role;
import org.openprovince.identity.RoleGrant;
import org.openprovince.organization.Organization;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creates a staff member's account (tạo tài khoản cán bộ): the person is looked up in the
 * organisation directory by official e-mail; roles apply to their current agency and unit.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class StaffAccountController {

	static final String VIEW = "identity/admin-account-new";

	private final AccountService accounts;
	private final Organization organization;
	private final MessageSource messages;

	StaffAccountController(AccountService accounts, Organization organization, MessageSource messages) {
		this.accounts = accounts;
		this.organization = organization;
		this.messages = messages;
	}

	record StaffAccountForm(@NotBlank(message = "{identity.admin.staffEmail.required}") @Email(
			message = "{identity.email.format}") @Nullable String staffEmail,
			@NotBlank(message = "{identity.admin.username.required}") @Nullable String username,
			@NotEmpty(message = "{identity.admin.roles.required}") @Nullable List<Role> roles,
			@NotBlank(message = "{identity.password.required}") @Nullable String password) {
	}

	@InitBinder
	void refuseId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("staffRoles")
	List<Role> staffRoles() {
		return List.of(Role.values()).stream().filter(Role::isStaff).toList();
	}

	@GetMapping("/office/admin/accounts/new")
	String form(Model model) {
		model.addAttribute("form", new StaffAccountForm(null, null, List.of(), null));
		return VIEW;
	}

	@PostMapping("/office/admin/accounts/new")
	String create(@Valid @ModelAttribute("form") StaffAccountForm form, BindingResult result,
			RedirectAttributes redirect) {
		var staff = result.hasFieldErrors("staffEmail") ? null
				: organization.findStaffByEmail(form.staffEmail()).orElse(null);
		if (staff == null && !result.hasFieldErrors("staffEmail")) {
			result.rejectValue("staffEmail", "identity.admin.staffEmail.unknown");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		Set<RoleGrant> grants = new LinkedHashSet<>();
		for (Role role : form.roles()) {
			grants.add(RoleGrant.forStaff(role, staff.agencyId().value(),
					staff.departmentId() == null ? null : staff.departmentId().value()));
		}
		try {
			accounts.createStaffAccount(form.username(), staff.fullName(), staff.email(), null,
					staff.staffId().value(), grants, form.password());
		}
		catch (IdentityException ex) {
			result.rejectValue("staffId".equals(ex.field()) ? "staffEmail" : ex.field(), ex.messageKey());
			return VIEW;
		}
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("identity.admin.created",
				new Object[] { form.username(), staff.fullName() }, LocaleContextHolder.getLocale()));
		return "redirect:/office/admin/accounts";
	}
}
