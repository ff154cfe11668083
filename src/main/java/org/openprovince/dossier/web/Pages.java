package org.openprovince.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierAction;
import org.openprovince.dossier.internal.Upload;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.WebUtils;

import static org.springframework.http.HttpStatus.FORBIDDEN;

/** Constants and plumbing of the dossier pages; the shared plumbing is {@link org.openprovince.platform.WebForms}. */
final class Pages {

	static final String PATH = "/office/dossiers";

	static final String FRAGMENTS = "dossier/fragments :: ";

	/** The roles that work on dossiers (an administrator sees them all but has no queue). */
	private static final List<Role> WORKING = List.of(Role.RECEPTION_OFFICER, Role.CASE_OFFICER, Role.UNIT_HEAD,
			Role.AGENCY_LEADER, Role.CLERK);

	private Pages() {
	}

	static String dossier(Object id) {
		return PATH + "/" + id;
	}

	/** The path segment of an action: {@code SEND_BACK} → {@code send-back}. */
	static String slug(DossierAction action) {
		return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The action a path segment names, or {@code null}. */
	static @Nullable DossierAction action(String slug) {
		for (DossierAction action : DossierAction.values()) {
			if (slug(action).equals(slug)) {
				return action;
			}
		}
		return null;
	}

	static boolean worksOnDossiers(CurrentUser user) {
		return WORKING.stream().anyMatch(user::hasRole);
	}

	/** Counter intake and the tracking book are the one-stop desk's: 403 for anyone else. */
	static void requireDesk(CurrentUser user) {
		if (!user.hasRole(Role.RECEPTION_OFFICER) || user.agenciesFor(Role.RECEPTION_OFFICER).isEmpty()) {
			throw new ResponseStatusException(FORBIDDEN);
		}
	}

	/** The files chosen in a multipart field, empty inputs left out; none for a plain form post. */
	static List<Upload> uploads(HttpServletRequest request, String name) {
		// Filters may have wrapped the multipart request the dispatcher resolved.
		MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
		if (multipart == null) {
			return List.of();
		}
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : multipart.getFiles(name)) {
			if (!file.isEmpty()) {
				uploads.add(upload(file));
			}
		}
		return uploads;
	}

	/** The file chosen in a single-file field, or {@code null}. */
	static @Nullable Upload upload(HttpServletRequest request, String name) {
		List<Upload> uploads = uploads(request, name);
		return uploads.isEmpty() ? null : uploads.getFirst();
	}

	private static Upload upload(MultipartFile file) {
		try {
			return new Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file to open in the browser (PDF forms) or to save (attachments, xlsx). */
	static ResponseEntity<byte[]> file(byte[] body, String contentType, String fileName, boolean inline) {
		var disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(fileName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}
}
