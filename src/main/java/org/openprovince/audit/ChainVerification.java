package org.openprovince.audit;

/**
 * Outcome of checking the whole audit hash chain: either every entry verified, or the first entry
 * where the chain stops being trustworthy.
 */
sealed interface ChainVerification {

	/** Every entry recomputed to its stored hash and linked to its predecessor; the head matched. */
	record Intact(long checked) implements ChainVerification {
	}

	/**
	 * The chain is broken at entry {@code seq}. For {@link Reason#HEAD_MISMATCH} it is the newest
	 * entry the chain head records, which may itself be missing.
	 */
	record Broken(long seq, Reason reason) implements ChainVerification {
	}

	/** Why an entry fails verification. */
	enum Reason {

		/** The entry's fields no longer produce its stored hash: the row was edited. */
		HASH_MISMATCH,

		/** The entry does not point at the hash of the entry before it: a row before it was removed or edited. */
		LINK_BROKEN,

		/** The newest entry does not match the chain head: the newest entries were removed. */
		HEAD_MISMATCH
	}
}
