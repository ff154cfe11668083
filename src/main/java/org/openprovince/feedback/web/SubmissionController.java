package org.openprovince.feedback.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.openprovince.feedback.FeedbackException;
import org.openprovince.feedback.internal.Feedback;
import org.openprovince.feedback.internal.FeedbackService;
import org.openprovince.feedback.internal.FeedbackService.Submission;
import org.openprovince.feedback.internal.SubjectKind;
import org.openprovince.identity.AccountKind;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.CurrentUser;
import org.openprovince.platform.WebForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The submission form (gửi phản ánh, kiến nghị), for a logged-in citizen (name and contact filled in
 * from the account, the item linked to it) or a guest, who must leave a phone number or an e-mail
 * address to be answered (Decree 20/2008/NĐ-CP asks for name, address and contact [K]). Then a
 * confirmation page with the code (PRG).
 */
@Controller
class SubmissionController {

	static final String VIEW_FORM = "feedback/submit";

	static final String VIEW_DONE = "feedback/submitted";

	/** Which field shows a broken domain rule, by message-key prefix. */
	private static final Map<String, String> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("feedback.error.agency", "agencyId");
		FIELDS.put("feedback.error.procedure", "procedureCode");
		FIELDS.put("feedback.error.dossierCode", "dossierCode");
		FIELDS.put("feedback.error.official", "officialName");
		FIELDS.put("feedback.error.title", "title");
		FIELDS.put("feedback.error.content", "content");
		FIELDS.put("feedback.error.name", "name");
		FIELDS.put("feedback.error.address", "address");
		FIELDS.put("feedback.error.contact", "phone");
	}

	/** What the form posts; Bean Validation gives every message at once, the item checks them again. */
	record SubmissionForm(@NotNull(message = "{feedback.error.subject}") @Nullable SubjectKind subject,
			@NotNull(message = "{feedback.error.agency}") @Nullable UUID agencyId,
			@Size(max = 20, message = "{feedback.error.procedure.format}") @Nullable String procedureCode,
			@Size(max = 100, message = "{feedback.error.official}") @Nullable String officialName,
			@Size(max = 25, message = "{feedback.error.dossierCode.format}") @Nullable String dossierCode,
			@NotBlank(message = "{feedback.error.title}") @Size(max = 200, message = "{feedback.error.title}") @Nullable String title,
			@NotBlank(message = "{feedback.error.content}") @Size(min = 20, max = 5000,
					message = "{feedback.error.content}") @Nullable String content,
			@NotBlank(message = "{feedback.error.name}") @Size(max = 100, message = "{feedback.error.name}") @Nullable String name,
			@NotBlank(message = "{feedback.error.address}") @Size(max = 300,
					message = "{feedback.error.address}") @Nullable String address,
			@Pattern(regexp = "^(0|\\+84)[0-9]{9,10}$", message = "{feedback.error.phone}") @Nullable String phone,
			@Email(message = "{feedback.error.email}") @Size(max = 200, message = "{feedback.error.email}") @Nullable String email) {
	}

	private final FeedbackService service;

	private final AccountService accounts;

	SubmissionController(FeedbackService service, AccountService accounts) {
		this.service = service;
		this.accounts = accounts;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	/** The empty form; {@code ?agency=} and {@code ?procedure=} preselect (links from a procedure's page). */
	@GetMapping(Pages.SUBMIT)
	String form(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String procedure, @Nullable CurrentUser user, Model model) {
		String name = null;
		String phone = null;
		String email = null;
		if (citizen(user)) {
			var account = accounts.find(user.accountId()).orElse(null);
			if (account != null) {
				name = account.displayName();
				phone = account.phone();
				email = account.email();
			}
		}
		SubjectKind subject = procedure == null ? null : SubjectKind.PROCEDURE;
		model.addAttribute("form", new SubmissionForm(subject, WebForms.parseUuid(agency), procedure, null, null, null,
				null, name, null, phone, email));
		return form(user, model);
	}

	@PostMapping(Pages.SUBMIT)
	String submit(@Valid @ModelAttribute("form") SubmissionForm form, BindingResult binding, @Nullable CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (!citizen(user) && form.phone() == null && form.email() == null && !binding.hasFieldErrors("phone")) {
			binding.rejectValue("phone", "feedback.error.contact");
		}
		if (binding.hasErrors()) {
			return form(user, model);
		}
		try {
			Feedback f = service.submit(new Submission(form.subject(), form.agencyId(), form.procedureCode(),
					form.officialName(), form.dossierCode(), form.title(), form.content(), form.name(), form.address(),
					form.phone(), form.email()), user);
			redirect.addFlashAttribute("submittedCode", f.code());
			redirect.addFlashAttribute("answerBy", f.answerBy());
			return "redirect:" + Pages.SUBMITTED;
		}
		catch (FeedbackException ex) {
			WebForms.reject(binding, ex, FIELDS);
			return form(user, model);
		}
	}

	/** The confirmation with the code, once (a reload without the flash shows the general text). */
	@GetMapping(Pages.SUBMITTED)
	String submitted() {
		return VIEW_DONE;
	}

	private String form(@Nullable CurrentUser user, Model model) {
		model.addAttribute("subjects", SubjectKind.values());
		model.addAttribute("agencies", service.agencies());
		model.addAttribute("citizen", citizen(user));
		return VIEW_FORM;
	}

	private static boolean citizen(@Nullable CurrentUser user) {
		return user != null && user.kind() == AccountKind.CITIZEN;
	}
}
