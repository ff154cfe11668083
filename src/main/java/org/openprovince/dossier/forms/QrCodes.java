package org.openprovince.dossier.forms;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes as PNG {@code data:} URIs, to embed in a form without any file or network access. */
final class QrCodes {

	/** Pixels per module: the PDF scales the image, so a few pixels keep the edges sharp. */
	private static final int SCALE = 4;

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8");

	private QrCodes() {
	}

	static String dataUri(String content) {
		BitMatrix matrix;
		try {
			// Size 0: the smallest matrix, one pixel per module, scaled below.
			matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + content.length() + " characters", ex);
		}
		int width = matrix.getWidth() * SCALE;
		int height = matrix.getHeight() * SCALE;
		var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
		WritableRaster raster = image.getRaster();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				// Sample 0 is black and 1 white in the two-colour palette.
				raster.setSample(x, y, 0, matrix.get(x / SCALE, y / SCALE) ? 0 : 1);
			}
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(image));
	}

	private static byte[] png(BufferedImage image) {
		var bytes = new ByteArrayOutputStream(1024);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		// In memory: ImageIO would otherwise cache through a temporary file.
		try (var out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(new IIOImage(image, null, null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}
}
