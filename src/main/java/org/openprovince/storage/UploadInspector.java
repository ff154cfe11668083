package org.openprovince.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * Checks an upload before it is stored: only real PDF, JPEG and PNG files pass. The type is read from
 * the content (magic bytes), never trusted from the file name or the browser's content type; a name
 * whose extension says otherwise is refused, as is any program or script, whatever its name. A PDF
 * must open in PDFBox without a password; an image must have a readable header. Every refusal is an
 * {@link UploadRefusedException} with a Vietnamese sentence saying why.
 *
 * <p>A Spring bean ({@code openprovince.storage.max-upload-size}, default 10 MB); thread-safe.
 */
public final class UploadInspector {

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };
	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** Windows PE ("MZ"), ELF, Mach-O (32/64 bit, both byte orders, universal) and scripts ("#!"). */
	private static final byte[][] EXECUTABLE_MAGIC = { { 'M', 'Z' }, { 0x7F, 'E', 'L', 'F' },
			{ (byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE }, { (byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF },
			{ (byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE }, { (byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE },
			{ (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE }, { '#', '!' } };

	/** An extension: a few ASCII letters or digits, at least one letter ("v2.1" has none). */
	private static final Pattern EXTENSION = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9]{1,8}");

	private static final String FORBIDDEN_IN_NAMES = "<>:\"/\\|?*";

	private static final int MAX_BASE_NAME = 80;

	private static final String DEFAULT_BASE_NAME = "tep-dinh-kem";

	private static final double MEGABYTE = 1024 * 1024;

	private final DataSize maxSize;

	/** @param maxSize the largest file accepted */
	public UploadInspector(DataSize maxSize) {
		this.maxSize = maxSize;
	}

	/** The largest file accepted, to show next to upload fields. */
	public DataSize maxSize() {
		return maxSize;
	}

	/**
	 * Accepts the upload or says why not.
	 * @param originalName the name the browser sent, if any (only cleaned and compared, never trusted)
	 * @param content the bytes
	 * @throws UploadRefusedException when the file is not an acceptable PDF, JPEG or PNG
	 */
	public InspectedFile inspect(@Nullable String originalName, byte[] content) {
		if (content.length == 0) {
			throw new UploadRefusedException("storage.upload.empty");
		}
		if (content.length > maxSize.toBytes()) {
			// Rounded up, so that a file just over the limit never reads as the limit itself.
			throw new UploadRefusedException("storage.upload.tooLarge", Math.ceil(content.length / MEGABYTE * 10) / 10,
					maxSize.toBytes() / MEGABYTE);
		}
		if (isExecutable(content)) {
			throw new UploadRefusedException("storage.upload.executable");
		}
		FileKind kind = kindOf(content);
		Name name = Name.of(originalName);
		if (name.extension() != null && !kind.hasExtension(name.extension())) {
			throw new UploadRefusedException("storage.upload.mismatch", name.extension(), kind);
		}
		switch (kind) {
			case PDF -> checkPdf(content);
			case JPEG -> checkImage("jpeg", content);
			case PNG -> checkImage("png", content);
		}
		String extension = name.extension() != null ? name.extension().toLowerCase(Locale.ROOT) : kind.extension();
		return new InspectedFile(name.base() + "." + extension, kind, kind.contentType(), content);
	}

	private static boolean isExecutable(byte[] content) {
		return Arrays.stream(EXECUTABLE_MAGIC).anyMatch(magic -> startsWith(content, magic));
	}

	private static FileKind kindOf(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return FileKind.PDF;
		}
		if (startsWith(content, PNG_MAGIC)) {
			return FileKind.PNG;
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return FileKind.JPEG;
		}
		throw new UploadRefusedException("storage.upload.unsupported");
	}

	private static void checkPdf(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			// Even with an empty user password, an encrypted PDF cannot be archived or signed as is.
			if (document.isEncrypted()) {
				throw new UploadRefusedException("storage.upload.pdfEncrypted");
			}
			if (document.getNumberOfPages() == 0) {
				throw new UploadRefusedException("storage.upload.pdfDamaged");
			}
		}
		catch (InvalidPasswordException ex) {
			throw new UploadRefusedException("storage.upload.pdfEncrypted");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UploadRefusedException refused) {
				throw refused;
			}
			throw new UploadRefusedException("storage.upload.pdfDamaged");
		}
	}

	/** Reads the header (dimensions) only: enough to catch truncated or fake images, cheap on big photos. */
	private static void checkImage(String format, byte[] content) {
		ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
		try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(input, true, true);
			if (reader.getWidth(0) <= 0 || reader.getHeight(0) <= 0) {
				throw new UploadRefusedException("storage.upload.imageDamaged");
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UploadRefusedException refused) {
				throw refused;
			}
			throw new UploadRefusedException("storage.upload.imageDamaged");
		}
		finally {
			reader.dispose();
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	/** A file name cleaned for display: base and, when it has one, extension. */
	record Name(String base, @Nullable String extension) {

		static Name of(@Nullable String original) {
			String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
			name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
			var cleaned = new StringBuilder(name.length());
			name.codePoints().forEach(c -> {
				if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
					cleaned.append(' ');
				}
				// Control characters and format characters (right-to-left overrides that turn
				// "gpj.exe" into "exe.jpg" on screen, zero-width spaces) are dropped.
				else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
						&& Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.PRIVATE_USE
						&& FORBIDDEN_IN_NAMES.indexOf(c) < 0) {
					cleaned.appendCodePoint(c);
				}
			});
			name = cleaned.toString().replaceAll(" {2,}", " ").strip();
			String extension = null;
			int dot = name.lastIndexOf('.');
			if (dot >= 0 && EXTENSION.matcher(name.substring(dot + 1)).matches()) {
				extension = name.substring(dot + 1);
				name = name.substring(0, dot);
			}
			// No hidden files, no names ending in a dot or a space (Windows drops them).
			name = name.replaceAll("^[. ]+|[. ]+$", "");
			if (name.codePointCount(0, name.length()) > MAX_BASE_NAME) {
				name = name.substring(0, name.offsetByCodePoints(0, MAX_BASE_NAME)).strip();
			}
			return new Name(name.isEmpty() ? DEFAULT_BASE_NAME : name, extension);
		}
	}
}
