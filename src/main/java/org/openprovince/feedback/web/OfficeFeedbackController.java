package org.openprovince.feedback.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.feedback.FeedbackException;
import org.openprovince.feedback.internal.Classification;
import org.openprovince.feedback.internal.Feedback;
import org.openprovince.feedback.internal.FeedbackAction;
import org.openprovince.feedback.internal.FeedbackSearch;
import org.openprovince.feedback.internal.FeedbackSearch.Tab;
import org.openprovince.feedback.internal.FeedbackService;
import org.openprovince.identity.CurrentUser;
import org.openprovince.platform.WebForms;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The back office: the queue of the agencies the officer handles feedback for (tabs with counts,
 * deadlines, overdue marked in words), the handling page with the actions the officer may take now,
 * and one POST per action ({@code /office/feedback/{id}/accept}…), then back to the page (PRG). A
 * refused action writes nothing and comes back with its message and the form open; a stale version
 * says someone else changed the item first.
 */
@Controller
@RequestMapping(Pages.OFFICE)
class OfficeFeedbackController {

	static final String VIEW_QUEUE = "feedback/queue";

	static final String VIEW_ITEM = "feedback/item";

	private final FeedbackSearch search;

	private final FeedbackService service;

	private final MessageSource messages;

	private final Clock clock;

	OfficeFeedbackController(FeedbackSearch search, FeedbackService service, MessageSource messages, Clock clock) {
		this.search = search;
		this.service = service;
		this.messages = messages;
		this.clock = clock;
	}

	/** What the action forms post; each action reads the fields it needs. */
	record ActionForm(@Nullable Long version, @Nullable String text, @Nullable Classification classification,
			@Nullable UUID handler, @Nullable UUID agency) implements java.io.Serializable {
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	@GetMapping
	String queue(@RequestParam(required = false) @Nullable String tab, @RequestParam(required = false) @Nullable String page,
			CurrentUser user, Model model) {
		Tab shown = WebForms.parseEnum(Tab.class, tab);
		model.addAttribute("queue", search.queue(user, shown == null ? Tab.OPEN : shown, WebForms.parsePage(page)));
		model.addAttribute("tabs", Tab.values());
		model.addAttribute("now", clock.instant());
		return VIEW_QUEUE;
	}

	@GetMapping("/{id}")
	String item(@PathVariable String id, CurrentUser user, Model model) {
		Feedback f = service.visible(Pages.uuid(id), user).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		Instant now = clock.instant();
		List<FeedbackAction> actions = service.available(f, user);
		model.addAttribute("f", f);
		model.addAttribute("now", now);
		model.addAttribute("actions", actions);
		model.addAttribute("history", service.history(f.id()));
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("handlers", actions.contains(FeedbackAction.ACCEPT) ? service.handlers(f.agencyId()) : List.of());
		model.addAttribute("agencies", actions.contains(FeedbackAction.TRANSFER)
				? service.agencies().stream().filter(a -> !a.id().value().equals(f.agencyId())).toList() : List.of());
		return VIEW_ITEM;
	}

	@PostMapping("/{id}/{action}")
	String act(@PathVariable String id, @PathVariable("action") String slug, @ModelAttribute("form") ActionForm form,
			BindingResult binding, CurrentUser user, RedirectAttributes redirect, Locale locale) {
		UUID feedbackId = Pages.uuid(id);
		FeedbackAction action = FeedbackAction.ofSlug(slug);
		if (action == null || service.visible(feedbackId, user).isEmpty()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		String page = "redirect:" + Pages.office(feedbackId);
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("flashError", messages.getMessage(binding.getAllErrors().getFirst(), locale));
			redirect.addFlashAttribute("retryAction", action);
			redirect.addFlashAttribute("retry", form);
			return page;
		}
		// A version never read stands for a stale page.
		long v = form.version() == null ? -1 : form.version();
		try {
			Feedback f = switch (action) {
				case REFUSE -> service.refuse(feedbackId, v, user, form.text());
				case REQUEST_SUPPLEMENT -> service.requestSupplement(feedbackId, v, user, form.text());
				case ACCEPT -> service.accept(feedbackId, v, user, form.classification(), form.handler());
				case TRANSFER -> service.transfer(feedbackId, v, user, form.agency(), form.text());
				case ANSWER -> service.answer(feedbackId, v, user, form.text());
				case PUBLISH -> service.publish(feedbackId, v, user);
				case SUBMIT, SUPPLEMENT -> throw new ResponseStatusException(NOT_FOUND);
			};
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("feedback.office.done",
					new Object[] { new DefaultMessageSourceResolvable(action.messageKey()), f.code() }, locale));
		}
		catch (FeedbackException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
			if (FeedbackException.STALE.equals(ex.messageKey())) {
				redirect.addFlashAttribute("stale", true);
			}
			else {
				redirect.addFlashAttribute("retryAction", action);
				redirect.addFlashAttribute("retry", form);
			}
		}
		return page;
	}
}
