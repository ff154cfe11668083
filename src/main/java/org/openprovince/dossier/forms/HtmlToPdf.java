package org.openprovince.dossier.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * XHTML to PDF with openhtmltopdf, in the embedded Liberation Serif (metric-compatible with Times New
 * Roman, the typeface of administrative documents under Decree 30/2020/NĐ-CP, and covering Vietnamese).
 * The font files are read once; each PDF embeds the subset of glyphs it uses. Thread-safe.
 */
final class HtmlToPdf {

	/** The family name the templates' CSS asks for. */
	static final String FAMILY = "FormSerif";

	private final List<Font> fonts = List.of(new Font("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
			new Font("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
			new Font("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
			new Font("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

	/** Glyph metrics, shared by every render so that layout does not parse the fonts again. */
	private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();

	byte[] render(String xhtml) {
		var out = new ByteArrayOutputStream(64 * 1024);
		var builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
		for (Font font : fonts) {
			builder.useFont(font, FAMILY, font.weight(), font.style(), true);
		}
		// Everything a form shows is in the document: no file, no network, only data: images.
		builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		// The font has precomposed Vietnamese letters and the renderer does not position combining marks.
		builder.withHtmlContent(Normalizer.normalize(xhtml, Normalizer.Form.NFC), null);
		builder.withProducer("OpenProvince");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** One face of the family, its file read once into memory. */
	private static final class Font implements FSSupplier<InputStream> {

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

		@Override
		public InputStream supply() {
			return new ByteArrayInputStream(bytes);
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
