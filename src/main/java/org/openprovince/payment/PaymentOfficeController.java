package org.openprovince.payment;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.CurrentUser;
import org.openprovince.payment.PaymentStore.Listed;
import org.openprovince.platform.VietnamTime;
import org.openprovince.platform.WebForms;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payments in the back office: every request, newest first, filtered by status and reference (e.g. a
 * dossier code), one request with its attempts and receipt, and the refund and cancellation that the
 * counter records (spec §8.2: who, when, why).
 */
@Controller
@RequestMapping(PaymentOfficeController.PATH)
class PaymentOfficeController {

	static final String PATH = "/office/payments";

	static final String LIST_VIEW = "payment/office-list";

	static final String DETAIL_VIEW = "payment/office-detail";

	static final int PAGE_SIZE = 50;

	/** Who records refunds and cancellations: the counter, and administrators. */
	static final String DESK = "hasAnyRole('RECEPTION_OFFICER', 'ADMINISTRATOR')";

	private final PaymentStore store;

	private final PaymentDesk desk;

	private final MessageSource bundles;

	PaymentOfficeController(PaymentStore store, PaymentDesk desk, MessageSource bundles) {
		this.store = store;
		this.desk = desk;
		this.bundles = bundles;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String before,
			HttpServletRequest request, Model model) {
		PaymentStatus shown = WebForms.parseEnum(PaymentStatus.class, status);
		String reference = q == null || q.isBlank() ? null : q.strip();
		Long cursor = WebForms.parseLong(before);
		List<Listed> rows = store.page(shown, reference, cursor, PAGE_SIZE);
		boolean more = rows.size() > PAGE_SIZE;
		List<Listed> page = more ? rows.subList(0, PAGE_SIZE) : rows;
		model.addAttribute("rows", page);
		model.addAttribute("statuses", PaymentStatus.values());
		model.addAttribute("zone", VietnamTime.ZONE);
		model.addAttribute("status", shown);
		model.addAttribute("q", reference);
		model.addAttribute("nextUrl", more ? WebForms.link(request.getContextPath() + PATH, "status", shown, "q",
				reference, "before", page.getLast().seq()) : null);
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		UUID uuid = WebForms.parseUuid(id);
		PaymentView payment = (uuid == null ? null : store.find(uuid).orElse(null));
		if (payment == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("payment", payment);
		model.addAttribute("request", store.request(uuid).orElseThrow());
		model.addAttribute("attempts", store.attempts(uuid));
		model.addAttribute("closure", store.closure(uuid).orElse(null));
		model.addAttribute("zone", VietnamTime.ZONE);
		return DETAIL_VIEW;
	}

	@PostMapping("/{id}/refund")
	@PreAuthorize(DESK)
	String refund(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String refundAccount, CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		return recorded(id, redirect, locale, "payment.desk.refunded",
				() -> desk.refund(id, user.username(), reason, refundAccount));
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(DESK)
	String cancel(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		return recorded(id, redirect, locale, "payment.desk.cancelled", () -> desk.cancel(id, user.username(), reason));
	}

	private String recorded(UUID id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", bundles.getMessage(doneKey, null, locale));
		}
		catch (PaymentException ex) {
			redirect.addFlashAttribute("flashError", bundles.getMessage(ex, locale));
		}
		return "redirect:" + PATH + "/" + id;
	}

}
