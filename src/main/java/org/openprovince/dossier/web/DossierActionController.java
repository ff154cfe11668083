package org.openprovince.dossier.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.openprovince.dossier.DossierAction;
import org.openprovince.dossier.DossierException;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.internal.Actor;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.identity.CurrentUser;
import org.openprovince.platform.WebForms;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * One POST per action of the dossier page ({@code /office/dossiers/{id}/forward}, {@code …/send-back}…),
 * then back to the page (PRG). A refused action writes nothing and comes back as an error message, with
 * what was typed, and the form it came from open; a stale version says someone else changed the dossier.
 */
@Controller
@RequestMapping(Pages.PATH)
class DossierActionController {

	static final String STALE = "dossier.error.stale";

	private final DossierAccess access;

	private final DossierWorkflow workflow;

	private final MessageSource messages;

	DossierActionController(DossierAccess access, DossierWorkflow workflow, MessageSource messages) {
		this.access = access;
		this.workflow = workflow;
		this.messages = messages;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	@PostMapping("/{id}/{action}")
	String act(@PathVariable String id, @PathVariable("action") String slug, @ModelAttribute("form") ActionForm form,
			BindingResult binding, CurrentUser user, HttpServletRequest request, RedirectAttributes redirect,
			Locale locale) {
		Dossier d = access.visible(id, user);
		DossierAction action = Pages.action(slug);
		if (action == null || !offered(action)) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		String page = "redirect:" + Pages.dossier(d.id());
		if (binding.hasErrors()) {
			var error = binding.getAllErrors().getFirst();
			return refused(redirect, slug, form, messages.getMessage(error, locale), false, page);
		}
		try {
			Dossier after = apply(action, d.id(), form, Actor.of(user), request);
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("dossier.page.done",
					new Object[] { new DefaultMessageSourceResolvable(action.messageKey()), code(after) }, locale));
			if (action == DossierAction.FORWARD || action == DossierAction.PROPOSE_REFUSAL
					|| action == DossierAction.SEND_BACK) {
				redirect.addFlashAttribute("handedOver", true);
			}
			return page;
		}
		catch (DossierException ex) {
			return refused(redirect, slug, form, messages.getMessage(ex, locale), STALE.equals(ex.messageKey()), page);
		}
	}

	private static String refused(RedirectAttributes redirect, String slug, ActionForm form, String message,
			boolean stale, String page) {
		redirect.addFlashAttribute("flashError", message);
		if (stale) {
			redirect.addFlashAttribute("stale", true);
		}
		else {
			redirect.addFlashAttribute("retryAction", slug);
			redirect.addFlashAttribute("retry", form);
		}
		return page;
	}

	private Dossier apply(DossierAction action, DossierId id, ActionForm f, Actor actor, HttpServletRequest request) {
		// A version never read stands for a stale page: refused as such.
		long v = f.version() == null ? -1 : f.version();
		return switch (action) {
			case ACCEPT -> workflow.accept(id, v, actor);
			case REFUSE_RECEPTION -> workflow.refuseReception(id, v, actor, f.reason());
			case REQUEST_RECEPTION_SUPPLEMENT -> workflow.requestReceptionSupplement(id, v, actor, f.itemList(), f.reason());
			case RECEPTION_SUPPLEMENT_PROVIDED ->
				workflow.receptionSupplementProvided(id, v, actor, f.note(), Pages.uploads(request, "files"));
			case FORWARD -> workflow.forward(id, v, actor, f.assignee(), f.note(), f.result(),
					Pages.upload(request, "resultFile"), Pages.uploads(request, "files"));
			case PROPOSE_REFUSAL -> workflow.proposeRefusal(id, v, actor, f.assignee(), f.reason());
			case SEND_BACK -> workflow.sendBack(id, v, actor, f.reason());
			case REASSIGN -> {
				if (f.assignee() == null) {
					throw new DossierException("dossier.error.assignee.required");
				}
				yield workflow.reassign(id, v, actor, f.assignee(), f.note());
			}
			case PROPOSE_SUPPLEMENT -> workflow.proposeSupplement(id, v, actor, f.itemList(), f.reason());
			case ISSUE_SUPPLEMENT_REQUEST -> workflow.issueSupplementRequest(id, v, actor);
			case COMPLETE_SUPPLEMENT -> workflow.completeSupplement(id, v, actor, f.note(), Pages.uploads(request, "files"));
			case REQUEST_PAYMENT -> workflow.requestPayment(id, v, actor, f.amount() == null ? 0 : f.amount(),
					f.description());
			case RECORD_PAYMENT -> workflow.recordPayment(id, v, actor, f.note(), Pages.uploads(request, "files"));
			case APOLOGISE -> workflow.apologise(id, v, actor, f.newDueInstant(), f.reason());
			case STOP -> workflow.stop(id, v, actor, f.reason());
			case WITHDRAW -> workflow.withdraw(id, v, actor, f.reason());
			case RETURN_RESULT -> workflow.returnResult(id, v, actor, f.method(), f.receiver(), f.note());
			case RATE -> workflow.rate(id, v, actor, f.rating());
			case SUBMIT, RECEIVE, TRANSFER, RECORD_RESULT, FEE_PAID -> throw new ResponseStatusException(NOT_FOUND);
		};
	}

	/** Actions that happen elsewhere (submission, counter intake) or as part of another (transfer, result). */
	private static boolean offered(DossierAction action) {
		return !List.of(DossierAction.SUBMIT, DossierAction.RECEIVE, DossierAction.TRANSFER, DossierAction.RECORD_RESULT,
				DossierAction.FEE_PAID)
			.contains(action);
	}

	private static String code(Dossier d) {
		return d.code() == null ? "" : d.code().value();
	}
}
