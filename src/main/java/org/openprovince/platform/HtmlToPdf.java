package org.openprovince.platform;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML to PDF with openhtmltopdf, in the embedded Liberation Serif (metric-compatible with Times New
 * Roman, the typeface of administrative documents under Decree 30/2020/NĐ-CP, and covering Vietnamese),
 * as PDF/A-2u. The font files are read once; each PDF embeds the subset of glyphs it uses. Thread-safe:
 * one instance per module that prints (the dossier forms, the indicator reports) is enough.
 * Loading this class routes openhtmltopdf's (global) log to SLF4J.
 */
public final class HtmlToPdf {

	/** The font family the templates' CSS asks for ({@code font-family: FormSerif}). */
	public static final String FAMILY = "FormSerif";

	/** Characters XML 1.0 forbids (control characters pasted into a name), which the parser would reject. */
	private static final Pattern NOT_XML = Pattern
		.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	private final List<Font> fonts = List.of(new Font("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
			new Font("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
			new Font("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
			new Font("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

	/** Glyph metrics, shared by every render so that layout does not parse the fonts again. */
	private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();

	private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	static {
		XRLog.setLoggerImpl(new RendererLog());
	}

	/** The PDF of a well-formed XHTML document whose resources are all inline ({@code data:} URIs). */
	public byte[] render(String xhtml) {
		var out = new ByteArrayOutputStream(64 * 1024);
		// The renderer saves and closes the document; closing it again on failure is harmless.
		try (var document = new PDDocument()) {
			var builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.useFastMode();
			// PDF/A-2u: fit for archiving, every font embedded, text extractable as Unicode.
			builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
			builder.useColorProfile(srgb);
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
			for (Font font : fonts) {
				builder.useFont(font.in(document), FAMILY, font.weight(), font.style(), true);
			}
			// Everything a form shows is in the document: no file, no network, only data: images.
			builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			// The font has precomposed Vietnamese letters and the renderer does not position combining marks.
			String text = NOT_XML.matcher(Normalizer.normalize(xhtml, Normalizer.Form.NFC)).replaceAll("");
			builder.withHtmlContent(text, null);
			builder.withProducer("OpenProvince");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** One face of the family, its file read once into memory. */
	private static final class Font {

		private final byte[] bytes;

		private final int weight;

		private final FontStyle style;

		Font(String file, int weight, FontStyle style) {
			this.bytes = read("fonts/" + file);
			this.weight = weight;
			this.style = style;
		}

		int weight() {
			return weight;
		}

		FontStyle style() {
			return style;
		}

		/**
		 * The face for one document, parsed only if the document uses it. Without glyph substitution
		 * (GSUB): the forms need no ligatures, and PDFBox's substitution step costs more than the
		 * rest of the rendering.
		 */
		PDFontSupplier in(PDDocument document) {
			return new PDFontSupplier(null) {

				@Override
				public PDFont supply() {
					try {
						TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
						ttf.setEnableGsub(false);
						return PDType0Font.load(document, ttf, true);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			};
		}

		private static byte[] read(String resource) {
			try (InputStream in = HtmlToPdf.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Font " + resource + " is missing from the classpath");
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
