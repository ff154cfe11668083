package org.openprovince.catalog;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A fee or charge (phí, lệ phí, Decree 63/2010 art. 8.2.i) in Vietnamese đồng: what it is for, the
 * amount, and who is exempted or pays less (miễn, giảm). The national database lists fees per channel
 * (CACHTHUCTHUCHIEN → PHILEPHI), so a fee may apply to one channel only.
 *
 * @param channel the channel it applies to, or {@code null} for every channel
 * @param amount in đồng; {@code null} when it varies and the description says how it is computed
 * @param exemption who is exempted or pays a reduced amount, or {@code null}
 */
public record Fee(FeeKind kind, @Nullable Channel channel, String description, @Nullable Long amount,
		@Nullable String exemption) {

	public Fee {
		Objects.requireNonNull(kind, "kind");
		description = Texts.required(description, "catalog.error.fee.description", 2_000);
		if (amount != null && (amount < 0 || amount > 1_000_000_000_000L)) {
			throw new CatalogException("catalog.error.fee.amount", description);
		}
		exemption = Texts.optional(exemption, 2_000);
	}

	/** The same fee for every channel. */
	public Fee forEveryChannel() {
		return new Fee(kind, null, description, amount, exemption);
	}

	public boolean isFree() {
		return amount != null && amount == 0;
	}
}
