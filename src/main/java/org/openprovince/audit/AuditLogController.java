package org.openprovince.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.ChainVerification.Broken;
import org.openprovince.audit.ChainVerification.Intact;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrators' audit page: filtered, keyset-paginated list of entries and the chain
 * integrity check. An htmx request to the list gets only the results fragment.
 */
@Controller
@RequestMapping(AuditLogController.PATH)
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditLogController {

	static final String PATH = "/office/admin/audit";
	static final String VIEW = "audit/list";
	static final String RESULTS = "audit/fragments :: results";
	static final int PAGE_SIZE = 50;

	private final AuditEntries entries;
	private final ChainVerifier verifier;

	AuditLogController(AuditEntries entries, ChainVerifier verifier) {
		this.entries = entries;
		this.verifier = verifier;
	}

	@InitBinder("auditFilter")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@Valid @ModelAttribute("auditFilter") AuditFilter filter, BindingResult errors,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (filter.hasPeriodBackwards() && !errors.hasFieldErrors("to")) {
			errors.rejectValue("to", "audit.filter.toBeforeFrom");
		}
		AuditPage page = errors.hasErrors() ? AuditPage.EMPTY : entries.page(filter.toQuery(), PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("nextUrl", page.nextBefore() == null ? null : listUrl(request, filter, page.nextBefore()));
		model.addAttribute("newestUrl", filter.before() == null ? null : listUrl(request, filter, null));
		// Same URL, two representations: caches must keep them apart.
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		boolean fragment = htmx && !historyRestore;
		model.addAttribute("htmx", fragment);
		return fragment ? RESULTS : VIEW;
	}

	@PostMapping("/verify")
	String verify(RedirectAttributes redirect) {
		switch (verifier.verifyAndRecord()) {
			case Intact intact -> redirect.addFlashAttribute("auditIntactCount", intact.checked());
			case Broken broken -> {
				redirect.addFlashAttribute("auditBrokenSeq", broken.seq());
				redirect.addFlashAttribute("auditBrokenReason", broken.reason().name());
			}
		}
		return "redirect:" + PATH;
	}

	/** The list URL with the same filter and another page keyset (none: the newest page). */
	private static String listUrl(HttpServletRequest request, AuditFilter filter, @Nullable Long before) {
		var url = UriComponentsBuilder.fromPath(request.getContextPath() + PATH);
		Map<String, @Nullable Object> params = new LinkedHashMap<>();
		params.put("actor", filter.actor());
		params.put("action", filter.action());
		params.put("targetType", filter.targetType());
		params.put("targetId", filter.targetId());
		params.put("correlationId", filter.correlationId());
		params.put("from", filter.from());
		params.put("to", filter.to());
		params.put("before", before);
		params.forEach((name, value) -> {
			if (value != null) {
				url.queryParam(name, value);
			}
		});
		return url.encode().build().toUriString();
	}
}
