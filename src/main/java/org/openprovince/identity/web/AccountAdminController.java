package org.openprovince.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.AccountId;
import org.openprovince.identity.AccountKind;
import org.openprovince.identity.AccountRow;
import org.openprovince.identity.AccountService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts administration (quản lý tài khoản): search, unlock. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountAdminController {

	static final String LIST = "identity/admin-accounts";
	static final String RESULTS = "identity/admin-accounts :: results";
	static final int PAGE = 50;

	private final AccountService accounts;
	private final MessageSource messages;
	private final Clock clock;

	AccountAdminController(AccountService accounts, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/office/admin/accounts")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable AccountKind kind,
			@RequestParam(required = false) @Nullable String after,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		List<AccountRow> rows = accounts.search(q, kind, after, PAGE + 1);
		boolean more = rows.size() > PAGE;
		model.addAttribute("rows", more ? rows.subList(0, PAGE) : rows);
		model.addAttribute("next", more ? rows.get(PAGE - 1).username() : null);
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", AccountKind.values());
		model.addAttribute("now", Instant.now(clock));
		return htmx != null ? RESULTS : LIST;
	}

	@PostMapping("/office/admin/accounts/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		accounts.unlock(new AccountId(id));
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("identity.admin.unlocked", null, LocaleContextHolder.getLocale()));
		return "redirect:/office/admin/accounts";
	}
}
