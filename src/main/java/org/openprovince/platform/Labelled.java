package org.openprovince.platform;

/** A value with a name in the message bundles (an enum constant shown to users). */
public interface Labelled {

	/** Key of the value's name in the message bundles. */
	String messageKey();
}
