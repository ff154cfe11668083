package org.openprovince.platform;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A broken business rule with a message from a module's bundle. {@link #getMessage()} is the
 * Vietnamese sentence (the base bundle), fit to show and to log; as a
 * {@link MessageSourceResolvable} the same message renders in the reader's language.
 *
 * <p>Arguments fill the placeholders {@code {0}}, {@code {1}}…: dates as dd/MM/yyyy, decimals without
 * trailing zeros, {@link Labelled} values by their name in the bundles, other numbers as numbers (so
 * patterns like {@code {0,number,#}} work), everything else as text.
 */
public abstract class LocalizedException extends RuntimeException implements MessageSourceResolvable {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * @param bundle base name of the module's bundle, e.g. {@code messages/catalog}
	 * @param messageKey key of the message in that bundle
	 * @param arguments values for the placeholders
	 */
	protected LocalizedException(String bundle, String messageKey, Object... arguments) {
		super(vietnamese(bundle, messageKey, arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** Key of the message in the module's bundles. */
	public String messageKey() {
		return messageKey;
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public Object[] getArguments() {
		return Arrays.stream(arguments)
			.map(argument -> argument instanceof Labelled value ? new DefaultMessageSourceResolvable(value.messageKey())
					: display(argument))
			.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}

	@Override
	public String getMessage() {
		String message = super.getMessage();
		return message == null ? messageKey : message;
	}

	private static String vietnamese(String bundleName, String key, Object[] arguments) {
		try {
			// The base bundle is Vietnamese; no fallback to the JVM's default locale.
			var bundle = ResourceBundle.getBundle(bundleName, Locale.ROOT,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			Object[] shown = Arrays.stream(arguments)
				.map(argument -> argument instanceof Labelled value ? bundle.getString(value.messageKey())
						: display(argument))
				.toArray();
			String pattern = bundle.getString(key);
			// Like Spring's MessageSource: only messages with arguments go through MessageFormat.
			return shown.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(shown);
		}
		catch (MissingResourceException ex) {
			return key + Arrays.toString(arguments);
		}
	}

	private static Object display(Object argument) {
		return switch (argument) {
			case LocalDate date -> DATE.format(date);
			case BigDecimal number -> number.stripTrailingZeros().toPlainString();
			case Number number -> number;
			default -> String.valueOf(argument);
		};
	}
}
