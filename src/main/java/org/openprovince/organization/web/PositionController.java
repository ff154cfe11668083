package org.openprovince.organization.web;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.openprovince.platform.WebForms;
import org.openprovince.organization.Organization;
import org.openprovince.organization.OrganizationException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Positions (chức vụ): the list, with a form to add one for administrators. */
@Controller
@RequestMapping("/office/organization/positions")
class PositionController {

	static final String VIEW_LIST = "organization/positions";

	private final Organization organization;

	private final Directory directory;

	private final MessageSource messages;

	PositionController(Organization organization, Directory directory, MessageSource messages) {
		this.organization = organization;
		this.directory = directory;
		this.messages = messages;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PositionForm.empty());
		}
		model.addAttribute("positions", directory.positions());
		return VIEW_LIST;
	}

	@PostMapping
	@PreAuthorize(Forms.ADMIN)
	String create(@Valid @ModelAttribute("form") PositionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (!binding.hasErrors()) {
			try {
				organization.createPosition(form.code(), form.name());
				redirect.addFlashAttribute("flashSuccess",
						messages.getMessage("organization.position.created", new Object[] { form.name() }, locale));
				return "redirect:/office/organization/positions";
			}
			catch (OrganizationException ex) {
				WebForms.reject(binding, ex, Map.of("organization.error.position.code", "code",
						"organization.error.position.duplicateCode", "code", "organization.error.position.name", "name"));
			}
		}
		return list(model);
	}
}
