package org.openprovince.calendar;

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
 * A rule of the working calendar was broken (a day off on a day that is already off, a shift that
 * ends before it starts…). {@link #getMessage()} is a Vietnamese sentence fit to show to the user;
 * as a {@link MessageSourceResolvable} the same message renders in the reader's language from the
 * {@code messages/calendar} bundles (key {@link #messageKey()}).
 */
public class CalendarException extends RuntimeException implements MessageSourceResolvable {

	private static final String BUNDLE = "messages/calendar";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * @param arguments placeholders {@code {0}}, {@code {1}}…; dates are shown as dd/MM/yyyy, a
	 * {@link Holiday} or {@link DayKind} by its name in the bundle
	 */
	public CalendarException(String messageKey, Object... arguments) {
		super(vietnamese(messageKey, arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** Key of the message in the {@code messages/calendar} bundles. */
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
			.map(argument -> switch (argument) {
				case Holiday holiday -> new DefaultMessageSourceResolvable(holiday.messageKey());
				case DayKind kind -> new DefaultMessageSourceResolvable(kind.messageKey());
				default -> display(argument);
			})
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
			var bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
			Object[] shown = Arrays.stream(arguments)
				.map(argument -> switch (argument) {
					case Holiday holiday -> bundle.getString(holiday.messageKey());
					case DayKind kind -> bundle.getString(kind.messageKey());
					default -> display(argument);
				})
				.toArray();
			return new MessageFormat(bundle.getString(key), Locale.ROOT).format(shown);
		}
		catch (MissingResourceException ex) {
			return key + " " + Arrays.toString(arguments);
		}
	}

	private static Object display(Object argument) {
		return switch (argument) {
			case LocalDate date -> DATE.format(date);
			case Number number -> number;
			default -> String.valueOf(argument);
		};
	}
}
