package org.openprovince.organization;

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
 * A rule of the organisation directory was broken (an invalid code, an inconsistent merge, a
 * duplicate e-mail…). {@link #getMessage()} is a Vietnamese sentence fit to show to the user; as a
 * {@link MessageSourceResolvable} the same message renders in the reader's language from the
 * {@code messages/organization} bundles (key {@link #messageKey()}).
 */
public class OrganizationException extends RuntimeException implements MessageSourceResolvable {

	private static final String BUNDLE = "messages/organization";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * @param arguments placeholders {@code {0}}, {@code {1}}…; dates are shown as dd/MM/yyyy,
	 * levels and kinds by their name in the bundle
	 */
	public OrganizationException(String messageKey, Object... arguments) {
		super(vietnamese(messageKey, arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** Key of the message in the {@code messages/organization} bundles. */
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
			.map(argument -> argument instanceof Enum<?> value ? new DefaultMessageSourceResolvable(keyOf(value))
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
				.map(argument -> argument instanceof Enum<?> value ? bundle.getString(keyOf(value)) : display(argument))
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
		return argument instanceof LocalDate date ? DATE.format(date) : String.valueOf(argument);
	}

	private static String keyOf(Enum<?> value) {
		return switch (value) {
			case AdministrativeLevel level -> "organization.level.word." + level.name();
			case AgencyKind kind -> "organization.kind." + kind.name();
			default -> value.name();
		};
	}
}
