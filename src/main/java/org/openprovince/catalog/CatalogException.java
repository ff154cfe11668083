package org.openprovince.catalog;

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
 * A catalog rule was broken (a malformed procedure code, budgets that do not add up to the time
 * limit, a version dated before the one in force…). {@link #getMessage()} is a Vietnamese sentence fit
 * to show to the user; as a {@link MessageSourceResolvable} the same message renders in the reader's
 * language from the {@code messages/catalog} bundles (key {@link #messageKey()}).
 */
public class CatalogException extends RuntimeException implements MessageSourceResolvable {

	private static final String BUNDLE = "messages/catalog";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * @param arguments placeholders {@code {0}}, {@code {1}}…; dates are shown as dd/MM/yyyy, numbers
	 * without trailing zeros, {@link Labelled} values by their name in the bundle
	 */
	public CatalogException(String messageKey, Object... arguments) {
		super(vietnamese(messageKey, arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** Key of the message in the {@code messages/catalog} bundles. */
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

	private static String vietnamese(String key, Object[] arguments) {
		try {
			// The base bundle is Vietnamese; no fallback to the JVM's default locale.
			var bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
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

	private static String display(Object argument) {
		return switch (argument) {
			case LocalDate date -> DATE.format(date);
			case BigDecimal number -> number.stripTrailingZeros().toPlainString();
			default -> String.valueOf(argument);
		};
	}
}
