package org.openprovince.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.Attachment;
import org.openprovince.storage.InspectedFile;
import org.openprovince.storage.UploadInspector;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files a citizen uploads on the portal, checked by the storage module's upload inspection before
 * they reach a dossier: a PDF, JPEG or PNG by their content (a renamed program stays a program), within
 * the size limit, openable.
 */
@Component
class UploadedFiles {

	private final UploadInspector inspector;

	UploadedFiles(UploadInspector inspector) {
		this.inspector = inspector;
	}

	/**
	 * The chosen files as attachments; file inputs left empty are skipped.
	 *
	 * @throws org.openprovince.storage.UploadRefusedException for the first file refused, saying why
	 */
	List<Attachment> attachments(@Nullable List<MultipartFile> files) {
		List<Attachment> attachments = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			String name = file.getOriginalFilename();
			if ((name == null || name.isBlank()) && file.isEmpty()) {
				continue;
			}
			InspectedFile inspected = inspector.inspect(name, bytes(file));
			attachments.add(new Attachment(inspected.safeName(), inspected.contentType(), inspected.content()));
		}
		return attachments;
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
