package org.openprovince.feedback.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openprovince.feedback.FeedbackException;
import org.openprovince.feedback.internal.Feedback;
import org.openprovince.feedback.internal.FeedbackSearch;
import org.openprovince.feedback.internal.FeedbackService;
import org.openprovince.identity.AccountKind;
import org.openprovince.identity.CurrentUser;
import org.openprovince.platform.WebForms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The public answers (công khai kết quả trả lời phản ánh, kiến nghị): the list with search and agency
 * filter, paged by keyset ({@code ?after=}), and one answer with its like and dislike buttons. Public
 * pages never show who submitted an item nor how to reach them.
 */
@Controller
class PortalFeedbackController {

	static final String VIEW_LIST = "feedback/public-list";

	static final String VIEW_ITEM = "feedback/public-item";

	private final FeedbackSearch search;

	private final FeedbackService service;

	private final MessageSource messages;

	PortalFeedbackController(FeedbackSearch search, FeedbackService service, MessageSource messages) {
		this.search = search;
		this.service = service;
		this.messages = messages;
	}

	@GetMapping(Pages.PUBLIC)
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String after, Model model) {
		var agencyId = WebForms.parseUuid(agency);
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("agency", agencyId);
		model.addAttribute("agencies", service.agencies());
		model.addAttribute("page", search.published(q, agencyId, after));
		model.addAttribute("paged", after != null);
		return VIEW_LIST;
	}

	@GetMapping(Pages.PUBLIC + "/{code}")
	String item(@PathVariable String code, @Nullable CurrentUser user, Model model) {
		Feedback f = service.published(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("f", f);
		boolean citizen = user != null && user.kind() == AccountKind.CITIZEN;
		model.addAttribute("citizen", citizen);
		model.addAttribute("myVote", citizen ? service.voteOf(f.id(), user) : 0);
		return VIEW_ITEM;
	}

	/** Like ({@code value=1}) or dislike ({@code value=-1}); someone not logged in as a citizen goes to the login page. */
	@PostMapping(Pages.PUBLIC + "/{code}/binh-chon")
	String vote(@PathVariable String code, @RequestParam(defaultValue = "0") int value, @Nullable CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		if (user == null || user.kind() != AccountKind.CITIZEN) {
			return "redirect:/login";
		}
		try {
			service.vote(code, user, value);
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("feedback.vote.done", null, locale));
		}
		catch (FeedbackException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
		}
		return "redirect:" + Pages.item(code);
	}
}
