package org.openprovince.nationalsync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.openprovince.dossier.DossierId;
import org.openprovince.platform.VietnamTime;
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
 * The administrators' reconciliation page (đối soát đồng bộ): per day and receiving unit, what was
 * received, what the portal acknowledged, what is behind or refused and what the portal says it holds;
 * then the dossiers behind, oldest first, with "sync again" per dossier and for all failed ones.
 */
@Controller
@RequestMapping(NationalSyncController.PATH)
@PreAuthorize("hasRole('ADMINISTRATOR')")
class NationalSyncController {

	static final String PATH = "/office/admin/national-sync";

	static final String VIEW = "nationalsync/reconciliation";

	static final int PAGE_SIZE = 50;

	/** The default period: the last 30 days, today included. */
	static final int DEFAULT_DAYS = 30;

	/** The longest period one page asks the portal about. */
	static final int MAX_DAYS = 366;

	private final Reconciliation reconciliation;

	private final SyncLedger ledger;

	private final SyncWorker worker;

	private final AuditTrail audit;

	private final MessageSource bundles;

	private final Clock clock;

	NationalSyncController(Reconciliation reconciliation, SyncLedger ledger, SyncWorker worker, AuditTrail audit,
			MessageSource bundles, Clock clock) {
		this.reconciliation = reconciliation;
		this.ledger = ledger;
		this.worker = worker;
		this.audit = audit;
		this.bundles = bundles;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String afterSince,
			@RequestParam(required = false) @Nullable String afterId, Model model, Locale locale) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		LocalDate end = parse(to, today);
		LocalDate start = parse(from, end.minusDays(DEFAULT_DAYS - 1));
		String periodError = null;
		if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			periodError = bundles.getMessage("nationalsync.period.invalid", new Object[] { MAX_DAYS }, locale);
			end = today;
			start = today.minusDays(DEFAULT_DAYS - 1);
		}
		Instant since = parseInstant(afterSince);
		UUID sinceId = WebForms.parseUuid(afterId);
		var behind = reconciliation.behind(since == null || sinceId == null ? null : since, sinceId, PAGE_SIZE);
		model.addAttribute("periodError", periodError);
		model.addAttribute("report", reconciliation.report(start, end));
		model.addAttribute("health", reconciliation.health());
		model.addAttribute("now", clock.instant());
		model.addAttribute("behind", behind);
		model.addAttribute("firstUrl", since == null ? null : WebForms.link(PATH, "from", start, "to", end));
		model.addAttribute("nextUrl", behind.next() == null ? null
				: WebForms.link(PATH, "from", start, "to", end, "afterSince", behind.next().behindSince(), "afterId",
						behind.next().id().value()));
		return VIEW;
	}

	/** Sends one failing, invalid or pending dossier again now. */
	@PostMapping("/{id}/retry")
	String retry(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
		UUID uuid = WebForms.parseUuid(id);
		boolean due = uuid != null && ledger.retry(new DossierId(uuid));
		if (uuid != null) {
			audit.record("nationalsync.retried", "Dossier", uuid.toString(), Map.of("due", due));
		}
		if (due) {
			worker.nudge();
		}
		redirect.addFlashAttribute(due ? "flashSuccess" : "flashError",
				bundles.getMessage(due ? "nationalsync.retry.done" : "nationalsync.retry.none", null, locale));
		return "redirect:" + PATH;
	}

	/** Sends every failing and invalid dossier again now. */
	@PostMapping("/retry-failed")
	String retryFailed(RedirectAttributes redirect, Locale locale) {
		int count = ledger.retryAllFailed();
		audit.record("nationalsync.retriedAll", "NationalSync", null, Map.of("count", count));
		if (count > 0) {
			worker.nudge();
		}
		redirect.addFlashAttribute("flashSuccess",
				bundles.getMessage("nationalsync.retryAll.done", new Object[] { count }, locale));
		return "redirect:" + PATH;
	}

	private static LocalDate parse(@Nullable String value, LocalDate fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

	private static @Nullable Instant parseInstant(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
