package org.openprovince.integration;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the API clients (hệ thống tích hợp): the list, registering a client,
 * rotating its secret and disabling it. A new secret is shown once, on the answer to the form itself
 * (never stored in the session nor in a flash attribute, never cached).
 */
@Controller
@RequestMapping(ApiClientAdminController.PATH)
class ApiClientAdminController {

	static final String PATH = "/office/admin/api-clients";

	static final String LIST_VIEW = "integration/clients";

	static final String SECRET_VIEW = "integration/secret";

	private final ApiClients clients;

	private final IntegrationSettings settings;

	private final MessageSource messages;

	private final String publicUrl;

	ApiClientAdminController(ApiClients clients, IntegrationSettings settings, MessageSource messages,
			@Value("${openprovince.public-url}") String publicUrl) {
		this.clients = clients;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		return list(model, null, null, null, Set.of(), null);
	}

	@PostMapping
	String register(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String contact,
			@RequestParam(required = false) @Nullable List<String> scopes,
			@RequestParam(required = false) @Nullable String rateLimit, Model model, Locale locale,
			HttpServletResponse response) {
		Set<ApiScope> chosen = scopes(scopes);
		try {
			var registration = new ApiClients.Registration(name == null ? "" : name, contact == null ? "" : contact,
					chosen, rateLimit(rateLimit));
			return secret(clients.register(registration), model, response);
		}
		catch (IntegrationException ex) {
			return list(model, messages.getMessage(ex, locale), name, contact, chosen, rateLimit);
		}
	}

	@PostMapping("/{id}/rotate")
	String rotate(@PathVariable UUID id, @RequestParam long version, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			return secret(clients.rotateSecret(id, version), model, response);
		}
		catch (IntegrationException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage("integration.client.changed", null, locale));
		}
		return "redirect:" + PATH;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable UUID id, @RequestParam long version, Locale locale, RedirectAttributes redirect) {
		try {
			clients.disable(id, version);
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("integration.client.disabledDone", null, locale));
		}
		catch (IntegrationException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage("integration.client.changed", null, locale));
		}
		return "redirect:" + PATH;
	}

	private String list(Model model, @Nullable String error, @Nullable String name, @Nullable String contact,
			Set<ApiScope> scopes, @Nullable String rateLimit) {
		model.addAttribute("clients", clients.list());
		model.addAttribute("allScopes", ApiScope.values());
		model.addAttribute("defaultRateLimit", settings.defaultRateLimit());
		model.addAttribute("error", error);
		model.addAttribute("name", name);
		model.addAttribute("contact", contact);
		model.addAttribute("scopes", scopes);
		model.addAttribute("rateLimit", rateLimit);
		return LIST_VIEW;
	}

	private String secret(ApiClients.Issued issued, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("publicUrl", publicUrl);
		model.addAttribute("client", issued.client());
		model.addAttribute("secret", issued.secret());
		return SECRET_VIEW;
	}

	private static Set<ApiScope> scopes(@Nullable List<String> values) {
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		if (values != null) {
			values.forEach(value -> ApiScope.of(value).ifPresent(scopes::add));
		}
		return scopes;
	}

	private static @Nullable Integer rateLimit(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IntegrationException("integration.client.rateLimit.range", ApiClients.MAX_RATE_LIMIT);
		}
	}
}
