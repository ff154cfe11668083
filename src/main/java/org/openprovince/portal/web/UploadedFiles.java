package org.openprovince.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.Attachment;
import org.openprovince.platform.LocalizedException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files a citizen uploads on the portal, checked before they reach a dossier: not empty, at most
 * 10 MB, and a PDF, JPEG or PNG by their content — the name and the browser's type are never trusted
 * (a renamed program stays a program). To be replaced by the storage module's upload inspection.
 */
@Component
class UploadedFiles {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** A type recognised by its first bytes, with the extension the stored name gets. */
	private record Kind(byte[] signature, String contentType, String extension) {
	}

	private static final List<Kind> KINDS = List.of(new Kind(PDF, "application/pdf", ".pdf"),
			new Kind(JPEG, "image/jpeg", ".jpg"), new Kind(PNG, "image/png", ".png"));

	/** A file refused, with the Vietnamese reason naming it; nothing was kept. */
	static final class Refused extends LocalizedException {

		Refused(String messageKey, Object... arguments) {
			super("messages/portal", messageKey, arguments);
		}
	}

	/**
	 * The chosen files as attachments; file inputs left empty are skipped.
	 *
	 * @throws Refused for the first file that is empty, too large or not a PDF, JPEG or PNG
	 */
	List<Attachment> attachments(@Nullable List<MultipartFile> files) {
		List<Attachment> attachments = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			String name = name(file.getOriginalFilename());
			if (name.isEmpty() && file.isEmpty()) {
				continue;
			}
			if (file.isEmpty()) {
				throw new Refused("portal.mine.upload.empty", name);
			}
			if (file.getSize() > MAX_BYTES) {
				throw new Refused("portal.mine.upload.tooLarge", name);
			}
			byte[] content = bytes(file);
			Kind kind = KINDS.stream()
				.filter(k -> startsWith(content, k.signature()))
				.findFirst()
				.orElseThrow(() -> new Refused("portal.mine.upload.type", name));
			attachments.add(new Attachment(named(name, kind), kind.contentType(), content));
		}
		return attachments;
	}

	/** The name without any folder a browser may send, at most 200 characters. */
	private static String name(@Nullable String original) {
		String name = original == null ? "" : original.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	/** The name, ending with the extension of what the file really is. */
	private static String named(String name, Kind kind) {
		String lower = name.toLowerCase(Locale.ROOT);
		boolean fits = lower.endsWith(kind.extension()) || (kind.extension().equals(".jpg") && lower.endsWith(".jpeg"));
		return fits ? name : (name.isEmpty() ? "tep" : name) + kind.extension();
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		return content.length >= signature.length
				&& Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
