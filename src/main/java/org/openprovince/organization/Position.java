package org.openprovince.organization;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A position (chức vụ) such as Giám đốc sở or Công chức tiếp nhận và trả kết quả. Internal
 * processes name the position responsible for each step, so the code is stable and unique.
 */
@Table("organization_position")
class Position {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final @Id UUID id;

	private final String code;

	private final String name;

	private @Version long version;

	@PersistenceCreator
	Position(UUID id, String code, String name, long version) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.version = version;
	}

	/** @param code upper-case letters, digits and underscores, e.g. {@code GIAM_DOC_SO} */
	static Position create(String code, String name) {
		String normalised = code.strip().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(normalised).matches()) {
			throw new OrganizationException("organization.error.position.code");
		}
		if (name.isBlank()) {
			throw new OrganizationException("organization.error.position.name");
		}
		return new Position(UUID.randomUUID(), normalised, name.strip(), 0);
	}

	PositionId id() {
		return new PositionId(id);
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}
}
