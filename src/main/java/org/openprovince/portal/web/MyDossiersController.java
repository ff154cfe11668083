package org.openprovince.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.CitizenDossiers;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.Rating;
import org.openprovince.identity.CurrentUser;
import org.openprovince.platform.LocalizedException;
import org.openprovince.platform.WebForms;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The citizen's own dossiers on the portal (hồ sơ của tôi): the list, one dossier with what is asked
 * of them, and its downloads; supplement, withdrawal and rating post back to the dossier page (PRG)
 * with the version the page was rendered with. Another citizen's dossier is "not found".
 */
@Controller
@RequestMapping(MyDossiersController.PATH)
class MyDossiersController {

	static final String PATH = "/account/dossiers";

	static final String VIEW_LIST = "portal/my-dossiers";

	static final String VIEW_DOSSIER = "portal/my-dossier";

	/** The dossier module's message for a stale version: the page offers a reload. */
	static final String STALE = "dossier.error.stale";

	private static final String NOT_FOUND_KEY = "dossier.error.notFound";

	private final CitizenDossiers dossiers;

	private final UploadedFiles uploads;

	private final MessageSource messages;

	MyDossiersController(CitizenDossiers dossiers, UploadedFiles uploads, MessageSource messages) {
		this.dossiers = dossiers;
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("dossiers", dossiers.list(user));
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, CurrentUser user, Model model) {
		model.addAttribute("d", dossiers.view(user, dossierId(id)).orElseThrow(MyDossiersController::notFound));
		model.addAttribute("ratings", Rating.values());
		return VIEW_DOSSIER;
	}

	/** An issued form, the electronic result or one's own upload, always saved, never rendered. */
	@GetMapping("/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String documentId, CurrentUser user) {
		UUID document = WebForms.parseUuid(documentId);
		if (document == null) {
			throw notFound();
		}
		var file = dossiers.download(user, dossierId(id), document).orElseThrow(MyDossiersController::notFound);
		var disposition = ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
			.contentType(mediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/** T5/T9: what the desk asked for, one or more files and a note. */
	@PostMapping("/{id}/supplement")
	String supplement(@PathVariable String id, @RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		DossierId dossier = dossierId(id);
		return act(dossier, redirect, locale, "portal.mine.supplement.done",
				() -> dossiers.supplement(user, dossier, version(version), text(note), uploads.attachments(files)));
	}

	/** T12: withdrawal, once the citizen ticked the confirmation. */
	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable String id, @RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String confirm, CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		DossierId dossier = dossierId(id);
		if (confirm == null) {
			redirect.addFlashAttribute("flashError", messages.getMessage("portal.mine.withdraw.unconfirmed", null, locale));
			return page(dossier);
		}
		return act(dossier, redirect, locale, "portal.mine.withdraw.done",
				() -> dossiers.withdraw(user, dossier, version(version), text(reason)));
	}

	/** T18: the citizen's satisfaction, once. */
	@PostMapping("/{id}/rate")
	String rate(@PathVariable String id, @RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String rating, CurrentUser user, RedirectAttributes redirect,
			Locale locale) {
		DossierId dossier = dossierId(id);
		return act(dossier, redirect, locale, "portal.mine.rate.done",
				() -> dossiers.rate(user, dossier, version(version), WebForms.parseEnum(Rating.class, rating)));
	}

	/** Runs the action; a refusal comes back as its message on the dossier page and wrote nothing. */
	private String act(DossierId dossier, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", messages.getMessage(done, null, locale));
		}
		catch (LocalizedException ex) {
			if (NOT_FOUND_KEY.equals(ex.messageKey())) {
				throw notFound();
			}
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
			if (STALE.equals(ex.messageKey())) {
				redirect.addFlashAttribute("stale", true);
			}
		}
		return page(dossier);
	}

	private static String page(DossierId dossier) {
		return "redirect:" + PATH + "/" + dossier;
	}

	private static DossierId dossierId(String id) {
		UUID uuid = WebForms.parseUuid(id);
		if (uuid == null) {
			throw notFound();
		}
		return new DossierId(uuid);
	}

	/** The version the page was rendered with; a missing or mangled one stands for a stale page. */
	private static long version(@Nullable String value) {
		try {
			return value == null ? -1 : Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static MediaType mediaType(String contentType) {
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(NOT_FOUND);
	}
}
