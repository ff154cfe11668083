package org.openprovince.catalog;

/** A catalog value shown to people by its name in the {@code messages/catalog} bundles. */
public interface Labelled {

	/** Key of the value's name in the bundles, e.g. {@code catalog.channel.ONLINE}. */
	String messageKey();
}
