package org.openprovince.feedback.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openprovince.feedback.FeedbackException;
import org.openprovince.feedback.internal.FeedbackSearch;
import org.openprovince.feedback.internal.FeedbackService;
import org.openprovince.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A logged-in citizen's own feedback with its status, the answer or refusal, and, when the agency asked
 * for more, the form to supplement it.
 */
@Controller
class CitizenFeedbackController {

	static final String VIEW = "feedback/mine";

	private final FeedbackSearch search;

	private final FeedbackService service;

	private final MessageSource messages;

	CitizenFeedbackController(FeedbackSearch search, FeedbackService service, MessageSource messages) {
		this.search = search;
		this.service = service;
		this.messages = messages;
	}

	@GetMapping(Pages.MINE)
	String mine(CurrentUser user, Model model) {
		model.addAttribute("items", search.mine(user));
		return VIEW;
	}

	@PostMapping(Pages.MINE + "/{code}/bo-sung")
	String supplement(@PathVariable String code, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String text, CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		try {
			service.supplement(code, version == null ? -1 : version, user, text == null ? "" : text);
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("feedback.mine.supplemented",
					new Object[] { code }, locale));
		}
		catch (FeedbackException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
			redirect.addFlashAttribute("retryCode", code);
			redirect.addFlashAttribute("retryText", text);
		}
		return "redirect:" + Pages.MINE + "#" + code;
	}
}
