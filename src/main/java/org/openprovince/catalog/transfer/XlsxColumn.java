package org.openprovince.catalog.transfer;

/**
 * The columns of the catalog sheet, in order. Lists (steps, documents, fees, results, legal bases)
 * take one item per line in their cell, in the {@link Lines} format. The last column may be missing.
 */
enum XlsxColumn {

	CODE("Mã TTHC", 12),
	NAME("Tên thủ tục", 40),
	FIELD_CODE("Mã lĩnh vực", 12),
	FIELD_NAME("Tên lĩnh vực", 20),
	LEVELS("Cấp thực hiện", 14),
	IMPLEMENTING_AGENCY("Cơ quan thực hiện", 25),
	COMPETENT_AGENCY("Cơ quan có thẩm quyền", 25),
	TARGET_SUBJECTS("Đối tượng thực hiện", 25),
	CHANNELS("Cách thức thực hiện", 20),
	TIME_LIMIT("Thời hạn giải quyết", 10),
	TIME_UNIT("Đơn vị thời hạn", 14),
	ONLINE_TIME_LIMIT("Thời hạn trực tuyến", 10),
	TIME_NOTE("Ghi chú thời hạn", 25),
	ONLINE_LEVEL("Mức độ DVC trực tuyến", 14),
	STEPS("Trình tự thực hiện", 50),
	DOCUMENTS("Thành phần hồ sơ", 60),
	FEES("Phí, lệ phí", 40),
	RESULTS("Kết quả thực hiện", 25),
	LEGAL_BASES("Căn cứ pháp lý", 40),
	REQUIREMENTS("Yêu cầu, điều kiện", 30),
	DECISION_NUMBER("Số quyết định công bố", 16),
	DECISION_DATE("Ngày quyết định", 12),
	DECISION_ISSUER("Cơ quan ban hành quyết định", 20),
	EFFECTIVE_FROM("Ngày hiệu lực", 12),
	NOTE("Ghi chú", 25),
	/** The province's e-form, not in the national database; sheets written before it may lack the column. */
	FORM_FIELDS("Tờ khai điện tử", 50);

	static final String SHEET = "Thủ tục";

	private final String header;

	private final int width;

	XlsxColumn(String header, int width) {
		this.header = header;
		this.width = width;
	}

	String header() {
		return header;
	}

	int width() {
		return width;
	}

	/** Whether a sheet may lack the column altogether (added after the first sheets were made). */
	boolean optional() {
		return this == FORM_FIELDS;
	}

	/** Letter and header as shown in problems, e.g. {@code P (Thành phần hồ sơ)}. */
	String label() {
		return letter() + " (" + header + ")";
	}

	String letter() {
		return String.valueOf((char) ('A' + ordinal()));
	}
}
