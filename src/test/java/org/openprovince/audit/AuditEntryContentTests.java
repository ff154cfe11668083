package org.openprovince.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class AuditEntryContentTests {

	static final Instant AT = Instant.parse("2026-11-21T01:02:03.123456Z");

	static final AuditEntryContent ENTRY = new AuditEntryContent(AT, "nguyenvana", "organization.agency.created",
			"Agency", "42", "{\"name\":\"Sở Nội vụ\"}", "10.0.0.7", "ABCD-EFGH");

	static final List<UnaryOperator<AuditEntryContent>> EDITS = List.of(
			e -> new AuditEntryContent(e.occurredAt().plusNanos(1_000), e.actor(), e.action(), e.targetType(),
					e.targetId(), e.details(), e.clientAddress(), e.correlationId()),
			e -> new AuditEntryContent(e.occurredAt(), "mallory", e.action(), e.targetType(), e.targetId(),
					e.details(), e.clientAddress(), e.correlationId()),
			e -> new AuditEntryContent(e.occurredAt(), e.actor(), "organization.agency.deleted", e.targetType(),
					e.targetId(), e.details(), e.clientAddress(), e.correlationId()),
			e -> new AuditEntryContent(e.occurredAt(), e.actor(), e.action(), "Unit", e.targetId(), e.details(),
					e.clientAddress(), e.correlationId()),
			e -> new AuditEntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(), "43", e.details(),
					e.clientAddress(), e.correlationId()),
			e -> new AuditEntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(), e.targetId(),
					"{\"name\":\"Sở Nội Vụ\"}", e.clientAddress(), e.correlationId()),
			e -> new AuditEntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(), e.targetId(),
					e.details(), "10.0.0.8", e.correlationId()),
			e -> new AuditEntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(), e.targetId(),
					e.details(), e.clientAddress(), "ABCD-EFGJ"));

	@Test
	void hashIsStableAcrossReleases() {
		// Computed independently (Python hashlib) from the documented layout: every existing chain
		// depends on it, so a change here must never be accidental.
		assertThat(ENTRY.hash(AuditTrail.GENESIS))
			.isEqualTo("3ca9d323377a21328513916f357d49a37edb0f54dc38a1414459b85ec9f2f57f")
			.isEqualTo(ENTRY.hash(AuditTrail.GENESIS));
		assertThat(new AuditEntryContent(AT, "system", "audit.chain.verified", "AuditChain", null, "{}", null, null)
			.hash(AuditTrail.GENESIS)).isEqualTo("5bf8055805c4c26410544a7477fe081c154d40351a047c0a49d2f92ff637f1bc");
	}

	@ParameterizedTest
	@FieldSource("EDITS")
	void anyEditedFieldChangesTheHash(UnaryOperator<AuditEntryContent> edit) {
		assertThat(edit.apply(ENTRY).hash(AuditTrail.GENESIS)).isNotEqualTo(ENTRY.hash(AuditTrail.GENESIS));
	}

	@Test
	void previousHashIsPartOfTheHash() {
		assertThat(ENTRY.hash("f".repeat(64))).isNotEqualTo(ENTRY.hash(AuditTrail.GENESIS));
	}

	@Test
	void missingValueDiffersFromEmptyValue() {
		var missing = new AuditEntryContent(AT, "a", "b", "c", null, "{}", null, null);
		assertThat(missing.hash(AuditTrail.GENESIS))
			.isNotEqualTo(new AuditEntryContent(AT, "a", "b", "c", "", "{}", null, null).hash(AuditTrail.GENESIS))
			.isNotEqualTo(new AuditEntryContent(AT, "a", "b", "c", null, "{}", "", null).hash(AuditTrail.GENESIS))
			.isNotEqualTo(new AuditEntryContent(AT, "a", "b", "c", null, "{}", null, "").hash(AuditTrail.GENESIS));
	}

	@Test
	void movingCharactersAcrossFieldsChangesTheHash() {
		var one = new AuditEntryContent(AT, "ab", "c", "t", null, "{}", null, null);
		var other = new AuditEntryContent(AT, "a", "bc", "t", null, "{}", null, null);
		assertThat(one.hash(AuditTrail.GENESIS)).isNotEqualTo(other.hash(AuditTrail.GENESIS));
	}
}
