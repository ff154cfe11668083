package org.openprovince.dossier.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.openprovince.dossier.internal.Applicant;

/**
 * Fictional applicants with Vietnamese names, 12-digit citizen identity numbers (province of birth,
 * sex and century, year of birth, then six digits), mobile numbers of the national operators' prefixes
 * and addresses in Tỉnh Sông Hồng. Any likeness to a real person is chance.
 */
final class People {

	private static final List<String> FAMILY = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm",
			"Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh",
			"Đào", "Mai", "Cao", "Lương", "Tạ", "Chu", "Lưu");

	private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thành",
			"Xuân", "Ngọc", "Tuấn", "Mạnh", "Đình", "Trọng", "Gia", "Hoàng");

	private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh",
			"Phương", "Hồng", "Kim", "Diệu", "Bích", "Thùy", "Khánh", "Bảo");

	private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hoàng",
			"Hùng", "Huy", "Khánh", "Khoa", "Long", "Mạnh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng",
			"Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ");

	private static final List<String> FEMALE_GIVEN = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
			"Hoa", "Hồng", "Huyền", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Ngân", "Ngọc", "Nhung", "Oanh",
			"Phương", "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Uyên", "Vân", "Yến");

	/** Mobile prefixes of Viettel, VinaPhone and MobiFone. */
	private static final List<String> PHONE_PREFIXES = List.of("091", "094", "088", "083", "085", "096", "097", "098",
			"086", "032", "033", "034", "035", "036", "037", "038", "039", "090", "093", "089", "070", "076", "077",
			"078", "079");

	/** Province codes of birth places (Circular 59/2021/TT-BCA): mostly the Red River delta. */
	private static final List<String> BIRTH_PROVINCES = List.of("001", "030", "031", "033", "034", "035", "036", "037",
			"022", "024", "027", "038", "040");

	private static final List<String> STREETS = List.of("Trần Hưng Đạo", "Lê Lợi", "Quang Trung", "Nguyễn Trãi",
			"Hai Bà Trưng", "Lý Thường Kiệt", "Phan Đình Phùng", "Bạch Đằng", "Hoàng Văn Thụ", "Lê Hồng Phong",
			"Nguyễn Du", "Trường Chinh", "Điện Biên Phủ", "Võ Thị Sáu", "Tô Hiệu", "Chu Văn An");

	private static final List<String> HONG_HA_QUARTERS = List.of("Tổ dân phố 1", "Tổ dân phố 3", "Tổ dân phố 5",
			"Tổ dân phố 7", "Khu phố Hồng Tiến", "Khu phố Hà Trung");

	private static final List<String> COMMUNES = List.of("Xã Đông Sơn", "Xã Tân Phong", "Xã đảo Hòn Ngọc");

	private static final List<String> VILLAGES = List.of("Thôn Đông", "Thôn Đoài", "Thôn Trung", "Thôn Thượng",
			"Thôn Hạ", "Xóm Mới", "Thôn An Lạc", "Thôn Phú Xuân");

	private static final List<String> MAIL_DOMAINS = List.of("gmail.com", "gmail.com", "gmail.com", "yahoo.com",
			"outlook.com", "example.vn");

	private final Random random;

	People(Random random) {
		this.random = random;
	}

	/** Someone of working age, living in Phường Hồng Hà when {@code inHongHa}, else anywhere in the province. */
	Applicant applicant(boolean inHongHa) {
		boolean female = random.nextBoolean();
		int year = 1955 + random.nextInt(50);
		String name = name(female);
		String email = random.nextInt(5) == 0 ? email(name, year) : null;
		return new Applicant(name, citizenId(female, year), phone(), email, address(inHongHa));
	}

	/** A full name: family, middle and given name. */
	String name(boolean female) {
		return pick(FAMILY) + " " + pick(female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
				+ pick(female ? FEMALE_GIVEN : MALE_GIVEN);
	}

	/** A child's name, with the father's family name. */
	String child(String parentName) {
		boolean female = random.nextBoolean();
		String family = parentName.substring(0, parentName.indexOf(' '));
		return family + " " + pick(female ? FEMALE_MIDDLE : MALE_MIDDLE) + " " + pick(female ? FEMALE_GIVEN : MALE_GIVEN);
	}

	String citizenId(boolean female, int year) {
		int sexAndCentury = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
		return pick(BIRTH_PROVINCES) + sexAndCentury + "%02d".formatted(year % 100) + "%06d".formatted(random.nextInt(1_000_000));
	}

	String phone() {
		return pick(PHONE_PREFIXES) + "%07d".formatted(random.nextInt(10_000_000));
	}

	String address(boolean inHongHa) {
		if (inHongHa || random.nextInt(3) == 0) {
			String place = random.nextBoolean() ? "Số " + (1 + random.nextInt(180)) + " phố " + pick(STREETS)
					: "Số " + (1 + random.nextInt(60)) + ", ngõ " + (2 + random.nextInt(90)) + " phố " + pick(STREETS);
			return place + ", " + pick(HONG_HA_QUARTERS) + ", Phường Hồng Hà, tỉnh Sông Hồng";
		}
		return pick(VILLAGES) + ", " + pick(COMMUNES) + ", tỉnh Sông Hồng";
	}

	private String email(String name, int year) {
		String[] parts = fold(name).split(" ");
		String user = parts[parts.length - 1] + "." + parts[0] + (random.nextBoolean() ? String.valueOf(year % 100) : "");
		return user + "@" + pick(MAIL_DOMAINS);
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Lower case without diacritics, for e-mail addresses. */
	static String fold(String text) {
		String plain = java.text.Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'),
				java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT);
	}
}
