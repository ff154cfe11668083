package org.openprovince.indicators;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The Decision 766/QĐ-TTg indicators (chỉ số) this system computes (spec §10.2; how each is counted is
 * in {@code Rules}, with its source). Codes follow the spec; the one scored row of group 3 has no number
 * in the methodology, so it is shown as "3.0". Titles and help texts are in {@code messages/indicators766},
 * keys {@code indicators766.<name()>.title} and {@code .help}.
 *
 * <p>Not computed, because nothing here records what they need (listed in docs/indicators-766.md): 1.1
 * and 1.2 (publication dates of the national TTHC database), 2.2 (display only), 3.5 (fee data of the
 * national database), 4.3, 4.4, 4.5 (reuse of digitised data, the citizen data store, the population
 * database) and the electronic certified copy row.
 */
public enum Indicator {

	/** 1.3 TTHC công khai đầy đủ nội dung — 2 points [S/V]; "as of now", from the catalog. */
	PUBLIC_CONTENT_FULL("1.3", 1, 2, null),
	/** 1.4 Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG — 6 points [S/V]. */
	DOSSIER_SYNC("1.4", 1, 6, null),
	/** 2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn — 20 points [S/V]. */
	ON_TIME("2.1", 2, 20, null),
	/** Toàn-trình dossiers ÷ dossiers of procedures eligible for toàn trình — the scored row of group 3, 12 points [S]. */
	FULL_ONLINE("3.0", 3, 12, null),
	/** 3.1 Tỷ lệ TTHC cung cấp DVCTT — monitoring, T = 80 % [S/V]. */
	ONLINE_PROCEDURES("3.1", 3, 0, 80),
	/** 3.2 Tỷ lệ DVCTT có phát sinh hồ sơ — monitoring [S/V]. */
	ONLINE_PROCEDURES_USED("3.2", 3, 0, null),
	/** 3.3 Tỷ lệ hồ sơ trực tuyến — monitoring, T = 50 % [S/V]. */
	ONLINE_DOSSIERS("3.3", 3, 0, 50),
	/** 3.6 Tỷ lệ hồ sơ thanh toán trực tuyến — 6 points [S]. */
	ONLINE_PAYMENT("3.6", 4, 6, null),
	/** 4.1 Hồ sơ có cấp kết quả giải quyết điện tử — 6 points [S/V]. */
	ELECTRONIC_RESULT("4.1", 5, 6, null),
	/** 4.2 Hồ sơ thực hiện số hóa hồ sơ — 4 points, T = 80 % [S/V]. */
	DIGITISED("4.2", 5, 4, 80),
	/** 5.1 PAKN theo phân loại — monitoring only [S/V]. */
	FEEDBACK_CLASSIFIED("5.1", 6, 0, null),
	/** 5.2 PAKN xử lý đúng hạn — 6 points [S/V]. */
	FEEDBACK_ON_TIME("5.2", 6, 6, null),
	/** 5.3 Hài lòng trong xử lý PAKN — 6 points [S/V]. */
	FEEDBACK_SATISFACTION("5.3", 6, 6, null),
	/** 5.4 Hài lòng trong tiếp nhận, giải quyết TTHC — 6 points, T = 90 % [S/V]. */
	DOSSIER_SATISFACTION("5.4", 6, 6, 90);

	private final String code;

	private final int group;

	private final BigDecimal maxPoints;

	private final @Nullable BigDecimal threshold;

	Indicator(String code, int group, int maxPoints, @Nullable Integer threshold) {
		this.code = code;
		this.group = group;
		this.maxPoints = BigDecimal.valueOf(maxPoints);
		this.threshold = threshold == null ? null : BigDecimal.valueOf(threshold);
	}

	/** The code as the spec numbers it, e.g. {@code "2.1"}. */
	public String code() {
		return code;
	}

	/**
	 * The evaluation group as DVCQG shows them (spec §10.1): 1 công khai, minh bạch; 2 tiến độ; 3 dịch vụ
	 * trực tuyến; 4 thanh toán trực tuyến; 5 số hóa; 6 mức độ hài lòng.
	 */
	public int group() {
		return group;
	}

	/** The most points it gives; 0 for a monitoring-only indicator. */
	public BigDecimal maxPoints() {
		return maxPoints;
	}

	/** The threshold in percent at which it scores its maximum, or {@code null} when the score is proportional. */
	public @Nullable BigDecimal threshold() {
		return threshold;
	}

	/** Key of its title in {@code messages/indicators766}. */
	public String titleKey() {
		return "indicators766." + name() + ".title";
	}

	/** Key of its help text in {@code messages/indicators766}. */
	public String helpKey() {
		return "indicators766." + name() + ".help";
	}
}
