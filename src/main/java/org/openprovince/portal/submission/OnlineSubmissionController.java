package org.openprovince.portal.submission;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.FieldProblem;
import org.openprovince.catalog.Channel;
import org.openprovince.identity.CurrentUser;
import org.openprovince.platform.LocalizedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages of online submission (nộp hồ sơ trực tuyến): applicant, e-form, documents, review. Plain
 * HTML forms, one per step, posted and redirected (no JavaScript needed); each step saves the draft,
 * "Lưu nháp" saves without checking, "Tiếp tục" checks and moves on.
 */
@Controller
@RequestMapping("/account/submissions")
class OnlineSubmissionController {

	static final String PATH = "/account/submissions";

	private static final Pattern CCCD = Pattern.compile("^[0-9]{12}$");

	private static final Pattern PHONE = Pattern.compile("^(0|\\+84)(3|5|7|8|9)[0-9]{8}$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern TAX_CODE = Pattern.compile("^[0-9]{10}(-[0-9]{3})?$");

	private final Submissions submissions;

	private final MessageSource messages;

	OnlineSubmissionController(Submissions submissions, MessageSource messages) {
		this.submissions = submissions;
		this.messages = messages;
	}

	@GetMapping
	String drafts(CurrentUser citizen, Model model) {
		model.addAttribute("drafts", submissions.drafts(citizen));
		return "portal/submission-drafts";
	}

	/** A page to confirm starting: a GET, so the login redirect comes back here. */
	@GetMapping("/new")
	String confirmStart(@RequestParam(required = false) @Nullable String procedure, Model model) {
		model.addAttribute("procedure", procedure == null ? "" : procedure);
		return "portal/submission-start";
	}

	@PostMapping
	String start(CurrentUser citizen, @RequestParam(required = false) @Nullable String procedure,
			RedirectAttributes redirect, Locale locale) {
		try {
			Draft draft = submissions.start(citizen, procedure == null ? "" : procedure);
			return "redirect:" + PATH + "/" + draft.id() + "/applicant";
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
			return "redirect:" + PATH;
		}
	}

	@GetMapping("/{id}")
	String resume(CurrentUser citizen, @PathVariable UUID id) {
		Draft d = submissions.draft(citizen, id);
		String step = switch (d.data().reached()) {
			case 0 -> "applicant";
			case 1 -> "form";
			case 2 -> "files";
			default -> "review";
		};
		return "redirect:" + PATH + "/" + id + "/" + step;
	}

	// --- step 1: applicant --------------------------------------------------------------------------

	@GetMapping("/{id}/applicant")
	String applicant(CurrentUser citizen, @PathVariable UUID id, Model model) {
		Draft d = submissions.draft(citizen, id);
		return applicantPage(d, d.data(), Map.of(), model);
	}

	private String applicantPage(Draft d, DraftData shown, Map<String, String> errors, Model model) {
		page(d, 1, model);
		model.addAttribute("entered", shown);
		model.addAttribute("errors", errors);
		return "portal/submission-applicant";
	}

	@PostMapping("/{id}/applicant")
	String saveApplicant(CurrentUser citizen, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "next") String action, HttpServletRequest request, Model model,
			RedirectAttributes redirect, Locale locale) {
		DraftData entered = new DraftData(uuid(request.getParameter("competentAgency")), text(request, "fullName", 200),
				text(request, "idNumber", 20), text(request, "phone", 20), text(request, "email", 200),
				text(request, "address", 500), choice(request.getParameter("onBehalf")), text(request, "ownerName", 300),
				text(request, "ownerIdNumber", 20), text(request, "ownerAddress", 500), text(request, "summary", 2_000),
				Map.of(), 0);
		boolean next = !"save".equals(action);
		Map<String, String> errors = next ? checkApplicant(entered) : Map.of();
		try {
			Draft saved = submissions.saveApplicant(citizen, id, version, entered, next && errors.isEmpty());
			if (!errors.isEmpty()) {
				model.addAttribute("flashError", messages.getMessage("portal.submit.error.fix", null, locale));
				return applicantPage(saved, entered, errors, model);
			}
			if (next && submissions.offer(saved).fields().isEmpty()) {
				// No e-form for this procedure: the step is complete as it stands.
				submissions.saveForm(citizen, id, saved.version(), Map.of());
				return "redirect:" + PATH + "/" + id + "/files";
			}
			return after(saved, next, "applicant", "form", redirect, locale);
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
			return "redirect:" + PATH + "/" + id + "/applicant";
		}
	}

	/** The message key of each problem of the applicant step, by field name. */
	static Map<String, String> checkApplicant(DraftData e) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (e.competentAgency() == null) {
			errors.put("competentAgency", "portal.submit.error.agency.required");
		}
		if (e.fullName() == null) {
			errors.put("fullName", "portal.submit.error.fullName");
		}
		if (e.idNumber() == null || !CCCD.matcher(e.idNumber()).matches()) {
			errors.put("idNumber", "portal.submit.error.idNumber");
		}
		if (e.phone() == null || !PHONE.matcher(e.phone().replace(" ", "")).matches()) {
			errors.put("phone", "portal.submit.error.phone");
		}
		if (e.email() != null && !EMAIL.matcher(e.email()).matches()) {
			errors.put("email", "portal.submit.error.email");
		}
		if (e.address() == null) {
			errors.put("address", "portal.submit.error.address");
		}
		if (!"SELF".equals(e.onBehalf())) {
			if (e.ownerName() == null) {
				errors.put("ownerName", "portal.submit.error.ownerName");
			}
			boolean organisation = "ORGANISATION".equals(e.onBehalf());
			if (e.ownerIdNumber() == null
					|| !(organisation ? TAX_CODE : CCCD).matcher(e.ownerIdNumber()).matches()) {
				errors.put("ownerIdNumber",
						organisation ? "portal.submit.error.taxCode" : "portal.submit.error.ownerIdNumber");
			}
		}
		return errors;
	}

	// --- step 2: e-form -------------------------------------------------------------------------------

	@GetMapping("/{id}/form")
	String form(CurrentUser citizen, @PathVariable UUID id, Model model, Locale locale) {
		Draft d = submissions.draft(citizen, id);
		if (d.data().reached() < 1) {
			return "redirect:" + PATH + "/" + id + "/applicant";
		}
		return formPage(d, d.data().form(), List.of(), model, locale);
	}

	private String formPage(Draft d, Map<String, String> values, List<FieldProblem> problems, Model model,
			Locale locale) {
		page(d, 2, model);
		model.addAttribute("values", values);
		Map<String, String> byKey = new LinkedHashMap<>();
		problems.forEach(p -> byKey.putIfAbsent(p.key(), messages.getMessage(p, locale)));
		model.addAttribute("problems", byKey);
		return "portal/submission-form";
	}

	@PostMapping("/{id}/form")
	String saveForm(CurrentUser citizen, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "next") String action, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect, Locale locale) {
		Map<String, String> raw = new LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (k.startsWith("f_")) {
				raw.put(k.substring(2), v);
			}
		});
		boolean next = !"save".equals(action);
		try {
			List<FieldProblem> problems = submissions.saveForm(citizen, id, version, raw);
			Draft saved = submissions.draft(citizen, id);
			if (next && !problems.isEmpty()) {
				model.addAttribute("flashError", messages.getMessage("portal.submit.error.fix", null, locale));
				return formPage(saved, raw, problems, model, locale);
			}
			return after(saved, next, "form", "files", redirect, locale);
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
			return "redirect:" + PATH + "/" + id + "/form";
		}
	}

	// --- step 3: documents ----------------------------------------------------------------------------

	@GetMapping("/{id}/files")
	String files(CurrentUser citizen, @PathVariable UUID id, Model model) {
		Draft d = submissions.draft(citizen, id);
		if (d.data().reached() < 2) {
			return "redirect:" + PATH + "/" + id + "/form";
		}
		page(d, 3, model);
		return "portal/submission-files";
	}

	@PostMapping("/{id}/files")
	String upload(CurrentUser citizen, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "upload") String action, MultipartHttpServletRequest request,
			RedirectAttributes redirect, Locale locale) throws IOException {
		long v = version;
		List<String> refused = new java.util.ArrayList<>();
		int uploaded = 0;
		try {
			for (Map.Entry<String, MultipartFile> e : request.getFileMap().entrySet()) {
				MultipartFile file = e.getValue();
				String name = file.getOriginalFilename();
				if (!e.getKey().startsWith("file_") || name == null || name.isEmpty()) {
					continue; // a file input left empty
				}
				int index;
				try {
					index = Integer.parseInt(e.getKey().substring(5));
				}
				catch (NumberFormatException ex) {
					continue;
				}
				try {
					v = submissions.upload(citizen, id, v, index, name, file.getBytes()).version();
					uploaded++;
				}
				catch (org.openprovince.storage.UploadRefusedException ex) {
					refused.add(messages.getMessage(ex, locale));
				}
			}
			if (!refused.isEmpty()) {
				redirect.addFlashAttribute("refused", refused);
				return "redirect:" + PATH + "/" + id + "/files";
			}
			if ("next".equals(action)) {
				submissions.filesDone(citizen, id, v);
				return "redirect:" + PATH + "/" + id + "/review";
			}
			if (uploaded > 0) {
				redirect.addFlashAttribute("flashSuccess",
						messages.getMessage("portal.submit.files.uploaded", new Object[] { uploaded }, locale));
			}
			else if ("save".equals(action)) {
				redirect.addFlashAttribute("flashSuccess", messages.getMessage("portal.submit.saved", null, locale));
			}
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
		}
		return "redirect:" + PATH + "/" + id + "/files";
	}

	@PostMapping("/{id}/files/{index}/delete")
	String removeFile(CurrentUser citizen, @PathVariable UUID id, @PathVariable int index, @RequestParam long version,
			RedirectAttributes redirect, Locale locale) {
		try {
			submissions.removeFile(citizen, id, version, index);
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
		}
		return "redirect:" + PATH + "/" + id + "/files";
	}

	// --- step 4: review and submit --------------------------------------------------------------------

	@GetMapping("/{id}/review")
	String review(CurrentUser citizen, @PathVariable UUID id, Model model) {
		Draft d = submissions.draft(citizen, id);
		if (d.data().reached() < 3) {
			return "redirect:" + PATH + "/" + id + "/files";
		}
		Submissions.Offer offer = page(d, 4, model);
		model.addAttribute("fee",
				offer.version().content().baseFees(Channel.ONLINE).stream().mapToLong(f -> f.amount()).sum());
		model.addAttribute("agencyName", offer.agencies()
			.stream()
			.filter(a -> a.id().value().equals(d.data().competentAgency()))
			.map(a -> a.name())
			.findFirst()
			.orElse(""));
		return "portal/submission-review";
	}

	@PostMapping("/{id}/submit")
	String submit(CurrentUser citizen, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String pledge, RedirectAttributes redirect, Locale locale) {
		if (pledge == null) {
			redirect.addFlashAttribute("flashError", messages.getMessage("portal.submit.error.pledge", null, locale));
			return "redirect:" + PATH + "/" + id + "/review";
		}
		try {
			var submitted = submissions.submit(citizen, id, version);
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("portal.submit.done",
					new Object[] { submitted.code().value() }, locale));
			return "redirect:/account/dossiers/" + submitted.id();
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
			return "redirect:" + PATH + "/" + id + "/review";
		}
	}

	@PostMapping("/{id}/delete")
	String delete(CurrentUser citizen, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		try {
			submissions.delete(citizen, id);
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("portal.submit.deleted", null, locale));
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
		}
		return "redirect:" + PATH;
	}

	/** A draft that is gone or not the citizen's, a procedure closed online: back to the drafts, with why. */
	@ExceptionHandler(SubmissionException.class)
	String refused(SubmissionException ex, HttpServletRequest request, Locale locale) {
		var flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("flashError", messages.getMessage(ex, locale));
		return "redirect:" + PATH;
	}

	// --- helpers --------------------------------------------------------------------------------------

	private Submissions.Offer page(Draft d, int step, Model model) {
		Submissions.Offer offer = submissions.offer(d);
		model.addAttribute("draft", d);
		model.addAttribute("offer", offer);
		model.addAttribute("step", step);
		model.addAttribute("hasForm", !offer.fields().isEmpty());
		return offer;
	}

	/** Where a saved step goes: the next step, or back to the same page after "Lưu nháp". */
	private String after(Draft saved, boolean next, String thisStep, String nextStep, RedirectAttributes redirect,
			Locale locale) {
		if (!next) {
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("portal.submit.saved", null, locale));
		}
		return "redirect:" + PATH + "/" + saved.id() + "/" + (next ? nextStep : thisStep);
	}

	private static @Nullable String text(HttpServletRequest request, String name, int max) {
		String v = request.getParameter(name);
		if (v == null || v.isBlank()) {
			return null;
		}
		v = v.strip();
		return v.length() > max ? v.substring(0, max) : v;
	}

	private static String choice(@Nullable String onBehalf) {
		return "PERSON".equals(onBehalf) || "ORGANISATION".equals(onBehalf) ? onBehalf : "SELF";
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
