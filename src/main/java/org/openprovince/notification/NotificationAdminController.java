package org.openprovince.notification;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.openprovince.notification.Postman.ResendOutcome;
import org.openprovince.platform.WebForms;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' list of notices sent to applicants: filtered by state, channel, dossier code or
 * recipient, keyset-paginated, newest first, with "send again" for failed and skipped ones. An htmx
 * request gets only the results fragment.
 */
@Controller
@RequestMapping(NotificationAdminController.PATH)
@PreAuthorize("hasRole('ADMINISTRATOR')")
class NotificationAdminController {

	static final String PATH = "/office/admin/notifications";

	static final String VIEW = "notification/list";

	static final String RESULTS = "notification/fragments :: results";

	static final int PAGE_SIZE = 50;

	private final NotificationMessages messages;

	private final Postman postman;

	private final MessageSource bundles;

	private final AuditTrail audit;

	NotificationAdminController(NotificationMessages messages, Postman postman, MessageSource bundles,
			AuditTrail audit) {
		this.audit = audit;
		this.messages = messages;
		this.postman = postman;
		this.bundles = bundles;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String channel, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String before, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		var filter = MessageFilter.of(state, channel, q, before);
		MessagePage page = messages.page(filter.toQuery(), PAGE_SIZE);
		String path = request.getContextPath() + PATH;
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("states", DeliveryState.values());
		model.addAttribute("channels", NotificationChannel.values());
		model.addAttribute("nextUrl", page.nextBefore() == null ? null : filter.link(path, page.nextBefore()));
		model.addAttribute("newestUrl", filter.before() == null ? null : filter.link(path, null));
		boolean fragment = WebForms.wantsFragment(request, response);
		model.addAttribute("htmx", fragment);
		return fragment ? RESULTS : VIEW;
	}

	/** Sends one notice again now, then back to the list with the same filter (first page). */
	@PostMapping("/{id}/resend")
	String resend(@PathVariable long id, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String channel, @RequestParam(required = false) @Nullable String q,
			RedirectAttributes redirect, Locale locale) {
		ResendOutcome outcome = postman.resend(id);
		audit.record("notification.resent", "NotificationMessage", String.valueOf(id),
				java.util.Map.of("outcome", outcome.name()));
		String detail = messages.find(id).map(NotificationMessage::lastError).orElse("");
		String text = bundles.getMessage("notification.resend." + outcome.name(),
				new Object[] { id, detail == null ? "" : detail }, locale);
		redirect.addFlashAttribute(outcome == ResendOutcome.SENT ? "flashSuccess" : "flashError", text);
		return "redirect:" + MessageFilter.of(state, channel, q, null).link(PATH, null);
	}
}
