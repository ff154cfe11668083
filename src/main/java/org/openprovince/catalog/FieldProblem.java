package org.openprovince.catalog;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * Why the value of one e-form field was refused, as a message of the {@code messages/catalog} bundles
 * (Vietnamese by default, e.g. {@code "Ngày sinh" không phải là ngày hợp lệ…}). As a
 * {@link MessageSourceResolvable} it renders in the reader's language: {@code messageSource.getMessage(problem,
 * locale)}, or {@code bindingResult.rejectValue(key, messageKey, args.toArray(), null)}.
 *
 * @param key the field's {@link FormField#key() key}
 * @param messageKey key of the message in the catalog bundles
 * @param args the placeholders' values: the field's label first, then bounds as numbers
 */
public record FieldProblem(String key, String messageKey, List<Object> args) implements MessageSourceResolvable {

	public FieldProblem {
		args = List.copyOf(args);
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public Object[] getArguments() {
		return args.toArray();
	}
}
