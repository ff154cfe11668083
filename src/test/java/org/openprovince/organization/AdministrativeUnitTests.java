package org.openprovince.organization;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openprovince.organization.AdministrativeLevel.COMMUNE;
import static org.openprovince.organization.AdministrativeLevel.DISTRICT;
import static org.openprovince.organization.AdministrativeLevel.PROVINCE;

class AdministrativeUnitTests {

	static final LocalDate FOUNDED = LocalDate.of(2008, 1, 1);

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

	final AdministrativeUnit province = AdministrativeUnit.create("99", "Tỉnh Sông Hồng", PROVINCE, null, FOUNDED, null);

	final AdministrativeUnit district = AdministrativeUnit.create("999", "Huyện Đông Sơn", DISTRICT, province, FOUNDED,
			null);

	// --- codes and levels

	@ParameterizedTest
	@CsvSource({ "PROVINCE, 01", "DISTRICT, 001", "COMMUNE, 00001", "COMMUNE, 99101" })
	void acceptsCodesWithTheDigitsOfTheLevel(AdministrativeLevel level, String code) {
		assertThat(AdministrativeUnit.checkCode(code, level)).isEqualTo(code);
	}

	@ParameterizedTest
	@CsvSource({ "PROVINCE, 1, 'Mã đơn vị hành chính cấp tỉnh phải gồm đúng 2 chữ số.'",
			"PROVINCE, 001, 'Mã đơn vị hành chính cấp tỉnh phải gồm đúng 2 chữ số.'",
			"DISTRICT, 99, 'Mã đơn vị hành chính cấp huyện phải gồm đúng 3 chữ số.'",
			"COMMUNE, 9910, 'Mã đơn vị hành chính cấp xã phải gồm đúng 5 chữ số.'",
			"COMMUNE, 9910A, 'Mã đơn vị hành chính cấp xã phải gồm đúng 5 chữ số.'",
			"COMMUNE, '', 'Mã đơn vị hành chính cấp xã phải gồm đúng 5 chữ số.'" })
	void refusesCodesNotMatchingTheLevel(AdministrativeLevel level, String code, String message) {
		assertThatThrownBy(() -> AdministrativeUnit.checkCode(code, level)).isInstanceOf(OrganizationException.class)
			.hasMessage(message);
	}

	@Test
	void placesCommunesUnderAProvinceOrADistrictOnly() {
		assertThat(commune("99001", "Phường Hồng Hải", district, FOUNDED).parentId()).isEqualTo(district.id());
		assertThat(commune("99101", "Phường Hồng Hà", province, REFORM).parentId()).isEqualTo(province.id());

		var commune = commune("99102", "Xã Đông Sơn", province, REFORM);
		assertThatThrownBy(() -> AdministrativeUnit.create("99103", "Xã Tân Phong", COMMUNE, commune, REFORM, null))
			.hasMessage("Đơn vị hành chính cấp xã không thể trực thuộc đơn vị cấp xã.");
		assertThatThrownBy(() -> AdministrativeUnit.create("98", "Tỉnh khác", PROVINCE, province, REFORM, null))
			.hasMessage("Đơn vị hành chính cấp tỉnh không thể trực thuộc đơn vị cấp tỉnh.");
		assertThatThrownBy(() -> AdministrativeUnit.create("99103", "Xã Tân Phong", COMMUNE, null, REFORM, null))
			.hasMessage("Đơn vị hành chính cấp xã phải thuộc một đơn vị cấp trên.");
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatThrownBy(
				() -> AdministrativeUnit.create("99105", "Xã Mới", COMMUNE, province, REFORM, REFORM.minusDays(1)))
			.hasMessage("Ngày hết hiệu lực (30/06/2025) không được trước ngày bắt đầu (01/07/2025).");
	}

	// --- merges

	@Test
	void mergeEndsTheMergedUnitsTheDayBeforeAndLinksThemToTheSuccessor() {
		var hongHai = commune("99001", "Phường Hồng Hải", district, FOUNDED);
		var haLoc = commune("99004", "Xã Hà Lộc", district, FOUNDED);
		var hongHa = commune("99101", "Phường Hồng Hà", province, REFORM);

		hongHa.absorb(List.of(hongHai, haLoc), REFORM);

		assertThat(hongHai.validTo()).isEqualTo(LAST_DAY);
		assertThat(haLoc.validTo()).isEqualTo(LAST_DAY);
		assertThat(hongHai.isValidOn(LAST_DAY)).isTrue();
		assertThat(hongHai.isValidOn(REFORM)).isFalse();
		assertThat(hongHa.validTo()).isNull();
		assertThat(hongHa.predecessors()).containsExactlyInAnyOrder(
				new AdministrativeUnit.Succession(hongHai.id().value(), REFORM),
				new AdministrativeUnit.Succession(haLoc.id().value(), REFORM));
	}

	@Test
	void mergeAcceptsUnitsAlreadyEndedOnTheDayBefore() {
		var ended = AdministrativeUnit.create("99002", "Xã Cũ", COMMUNE, district, FOUNDED, LAST_DAY);
		var successor = commune("99101", "Phường Hồng Hà", province, REFORM);

		successor.absorb(List.of(ended), REFORM);

		assertThat(successor.predecessors()).hasSize(1);
	}

	@Test
	void aSuccessorInForceBeforeTheMergeMayAbsorbAnotherUnit() {
		var absorbing = commune("99005", "Xã Lớn", district, FOUNDED);
		var absorbed = commune("99006", "Xã Nhỏ", district, FOUNDED);

		absorbing.absorb(List.of(absorbed), REFORM);

		assertThat(absorbed.validTo()).isEqualTo(LAST_DAY);
		assertThat(absorbing.validTo()).isNull();
	}

	@Test
	void refusesAMergeWithoutMergedUnits() {
		var successor = commune("99101", "Phường Hồng Hà", province, REFORM);

		assertThatThrownBy(() -> successor.absorb(List.of(), REFORM))
			.hasMessage("Cần chọn ít nhất một đơn vị bị sáp nhập.");
	}

	@Test
	void refusesToMergeAUnitIntoItself() {
		var unit = commune("99101", "Phường Hồng Hà", province, FOUNDED);

		assertThatThrownBy(() -> unit.absorb(List.of(unit), REFORM))
			.hasMessage("Đơn vị Phường Hồng Hà không thể sáp nhập vào chính nó.");
	}

	@Test
	void refusesAUnitListedTwice() {
		var hongHai = commune("99001", "Phường Hồng Hải", district, FOUNDED);
		var successor = commune("99101", "Phường Hồng Hà", province, REFORM);

		assertThatThrownBy(() -> successor.absorb(List.of(hongHai, hongHai), REFORM))
			.hasMessage("Một đơn vị được chọn nhiều lần trong cùng một lần sáp nhập.");
	}

	@Test
	void refusesToMergeUnitsOfDifferentLevels() {
		var successor = commune("99101", "Phường Hồng Hà", province, REFORM);

		assertThatThrownBy(() -> successor.absorb(List.of(district), REFORM))
			.hasMessage("Đơn vị Huyện Đông Sơn (cấp huyện) không cùng cấp với đơn vị kế thừa Phường Hồng Hà (cấp xã).");
	}

	@Test
	void refusesASuccessorNotYetInForceOnTheMergeDate() {
		var hongHai = commune("99001", "Phường Hồng Hải", district, FOUNDED);
		var successor = commune("99101", "Phường Hồng Hà", province, REFORM.plusDays(1));

		assertThatThrownBy(() -> successor.absorb(List.of(hongHai), REFORM)).hasMessage(
				"Đơn vị kế thừa Phường Hồng Hà chỉ có hiệu lực từ ngày 02/07/2025, sau ngày sáp nhập 01/07/2025.");
		assertThat(hongHai.validTo()).isNull();
	}

	@Test
	void refusesASuccessorThatHasEnded() {
		var hongHai = commune("99001", "Phường Hồng Hải", district, FOUNDED);
		var successor = AdministrativeUnit.create("99002", "Xã Đã Giải Thể", COMMUNE, district, FOUNDED,
				LocalDate.of(2020, 12, 31));

		assertThatThrownBy(() -> successor.absorb(List.of(hongHai), REFORM))
			.hasMessage("Đơn vị kế thừa Xã Đã Giải Thể đã hết hiệu lực từ ngày 31/12/2020.");
	}

	@Test
	void refusesAMergedUnitThatEndedOnAnotherDay() {
		var endedEarlier = AdministrativeUnit.create("99002", "Xã Cũ", COMMUNE, district, FOUNDED,
				LocalDate.of(2020, 12, 31));
		var hongHai = commune("99001", "Phường Hồng Hải", district, FOUNDED);
		var successor = commune("99101", "Phường Hồng Hà", province, REFORM);

		assertThatThrownBy(() -> successor.absorb(List.of(hongHai, endedEarlier), REFORM))
			.hasMessage("Đơn vị Xã Cũ có hiệu lực đến ngày 31/12/2020, không khớp với ngày sáp nhập 01/07/2025: "
					+ "đơn vị bị sáp nhập phải hết hiệu lực vào ngày liền trước.");
		assertThat(hongHai.validTo()).as("nothing changes when one unit fails").isNull();
		assertThat(successor.predecessors()).isEmpty();
	}

	@Test
	void refusesAMergedUnitThatStartsOnOrAfterTheMergeDate() {
		var newer = commune("99007", "Xã Mới Lập", province, REFORM);
		var successor = commune("99101", "Phường Hồng Hà", province, REFORM);

		assertThatThrownBy(() -> successor.absorb(List.of(newer), REFORM))
			.hasMessage("Đơn vị Xã Mới Lập có hiệu lực từ ngày 01/07/2025 nên không thể bị sáp nhập từ ngày 01/07/2025.");
	}

	@Test
	void refusesToRecordTheSameMergeTwice() {
		var hongHai = commune("99001", "Phường Hồng Hải", district, FOUNDED);
		var successor = commune("99101", "Phường Hồng Hà", province, REFORM);
		successor.absorb(List.of(hongHai), REFORM);

		assertThatThrownBy(() -> successor.absorb(List.of(hongHai), REFORM))
			.hasMessage("Việc sáp nhập Phường Hồng Hải vào Phường Hồng Hà đã được ghi nhận trước đó.");
	}

	@Test
	void aMergedUnitKeepsItsEndDate() {
		var hongHai = commune("99001", "Phường Hồng Hải", district, FOUNDED);

		assertThatThrownBy(() -> hongHai.edit("Phường Hồng Hải", district, LAST_DAY, true))
			.hasMessage("Đơn vị Phường Hồng Hải đã được sáp nhập nên không thể thay đổi ngày hết hiệu lực.");
		hongHai.edit("Phường Hồng Hải (cũ)", district, null, true);
		assertThat(hongHai.name()).isEqualTo("Phường Hồng Hải (cũ)");
	}

	private static AdministrativeUnit commune(String code, String name, AdministrativeUnit parent, LocalDate from) {
		return AdministrativeUnit.create(code, name, COMMUNE, parent, from, null);
	}
}
