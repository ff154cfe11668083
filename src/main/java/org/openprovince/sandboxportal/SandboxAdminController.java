package org.openprovince.sandboxportal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.VietnamTime;
import org.openprovince.platform.WebForms;
import org.openprovince.sandboxportal.SandboxPortal.Mode;
import org.openprovince.sandboxportal.SandboxStore.Listed;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sandbox portal for administrators (the security configuration restricts {@code /office/admin/**}):
 * its failure mode and the switch, what it holds, the latest calls with their verdicts, and one held
 * dossier with its progress rows.
 */
@Controller
@RequestMapping(SandboxAdminController.PATH)
class SandboxAdminController {

	static final String PATH = "/office/admin/sandbox-portal";

	static final String VIEW = "sandboxportal/admin";

	static final String DOSSIER_VIEW = "sandboxportal/dossier";

	static final int PAGE_SIZE = 50;

	static final int LATEST = 20;

	static final int MAX_DELAY_SECONDS = 300;

	private final SandboxPortal portal;

	private final SandboxStore store;

	private final SandboxPortalSettings settings;

	private final MessageSource bundles;

	private final Clock clock;

	SandboxAdminController(SandboxPortal portal, SandboxStore store, SandboxPortalSettings settings,
			MessageSource bundles, Clock clock) {
		this.portal = portal;
		this.store = store;
		this.settings = settings;
		this.bundles = bundles;
		this.clock = clock;
	}

	/** Every page and form is absent when the sandbox is switched off. */
	@ModelAttribute
	void requireEnabled() {
		if (!settings.enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@GetMapping
	String overview(@RequestParam(required = false) @Nullable String before, HttpServletRequest request,
			Model model) {
		Long cursor = WebForms.parseLong(before);
		List<Listed> rows = store.heldPage(cursor, PAGE_SIZE + 1);
		boolean more = rows.size() > PAGE_SIZE;
		List<Listed> page = more ? rows.subList(0, PAGE_SIZE) : rows;
		var today = LocalDate.now(clock.withZone(VietnamTime.ZONE)).atStartOfDay(VietnamTime.ZONE).toInstant();
		model.addAttribute("state", portal.state());
		model.addAttribute("modes", Mode.values());
		model.addAttribute("defaultDelay", settings.slowDelay().toSeconds());
		model.addAttribute("maxDelay", MAX_DELAY_SECONDS);
		model.addAttribute("endpoint", request.getContextPath() + PortalApiController.PATH);
		model.addAttribute("unitCode", settings.unitCode());
		model.addAttribute("held", store.heldCount());
		model.addAttribute("progress", store.progressCount());
		model.addAttribute("today", store.requestsSince(today));
		model.addAttribute("latest", store.latestRequests(LATEST));
		model.addAttribute("rows", page);
		model.addAttribute("firstPage", cursor == null);
		model.addAttribute("nextUrl",
				more ? WebForms.link(request.getContextPath() + PATH, "before", page.getLast().seq()) : null);
		return VIEW;
	}

	@GetMapping("/dossier")
	String dossier(@RequestParam(required = false) @Nullable String ma, Model model) {
		String code = ma == null ? "" : ma.strip().toUpperCase(Locale.ROOT);
		model.addAttribute("ma", code);
		model.addAttribute("dossier", code.isEmpty() ? null : store.held(code).orElse(null));
		model.addAttribute("progressRows", code.isEmpty() ? List.of() : store.progress(code));
		return DOSSIER_VIEW;
	}

	@PostMapping("/mode")
	String mode(@RequestParam(required = false) @Nullable String mode,
			@RequestParam(required = false) @Nullable String delaySeconds, RedirectAttributes redirect, Locale locale) {
		Mode chosen = WebForms.parseEnum(Mode.class, mode);
		Integer seconds = delaySeconds == null || delaySeconds.isBlank() ? Integer.valueOf((int) settings.slowDelay().toSeconds())
				: WebForms.parseInt(delaySeconds);
		if (chosen == null || seconds == null || seconds < 0 || seconds > MAX_DELAY_SECONDS) {
			flash(redirect, "flashError", "sandboxportal.admin.mode.invalid", locale, MAX_DELAY_SECONDS);
			return "redirect:" + PATH;
		}
		portal.setMode(chosen, Duration.ofSeconds(seconds));
		String label = bundles.getMessage("sandboxportal.mode." + chosen.name(), null, locale);
		flash(redirect, "flashSuccess", "sandboxportal.admin.mode.done", locale, label);
		return "redirect:" + PATH;
	}

	@PostMapping("/fail-next")
	String failNext(@RequestParam(required = false) @Nullable String calls, RedirectAttributes redirect,
			Locale locale) {
		Integer count = calls == null ? null : WebForms.parseInt(calls);
		if (count == null || count < 0 || count > 10_000) {
			flash(redirect, "flashError", "sandboxportal.admin.failNext.invalid", locale);
			return "redirect:" + PATH;
		}
		portal.failNext(count);
		flash(redirect, "flashSuccess", "sandboxportal.admin.failNext.done", locale, count);
		return "redirect:" + PATH;
	}

	@PostMapping("/expire-sessions")
	String expireSessions(RedirectAttributes redirect, Locale locale) {
		portal.expireSessions();
		flash(redirect, "flashSuccess", "sandboxportal.admin.sessions.done", locale);
		return "redirect:" + PATH;
	}

	@PostMapping("/clear")
	String clear(RedirectAttributes redirect, Locale locale) {
		portal.clear();
		flash(redirect, "flashSuccess", "sandboxportal.admin.clear.done", locale);
		return "redirect:" + PATH;
	}

	private void flash(RedirectAttributes redirect, String name, String key, Locale locale, Object... arguments) {
		redirect.addFlashAttribute(name, bundles.getMessage(key, arguments, locale));
	}


}
