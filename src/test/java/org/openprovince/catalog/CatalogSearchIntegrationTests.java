package org.openprovince.catalog;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.Organization;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Searching the demo catalog (loaded into the shared test database). */
@SpringBootTest
class CatalogSearchIntegrationTests {

	@Autowired
	Catalog catalog;

	@Autowired
	Organization organization;

	final LocalDate today = LocalDate.now(VietnamTime.ZONE);

	@Test
	void findsTheDrivingLicenceWithoutAccents() {
		SearchResult result = catalog.search(ProcedureQuery.text("cap lai giay phep lai xe", today));

		assertThat(result.hits()).first().extracting(ProcedureHit::name).isEqualTo("Cấp lại Giấy phép lái xe");
	}

	@Test
	void forgivesATypoAndAMissingWord() {
		assertThat(catalog.search(ProcedureQuery.text("giay phep lai xw", today)).hits())
			.extracting(ProcedureHit::name)
			.contains("Cấp lại Giấy phép lái xe");
		assertThat(catalog.search(ProcedureQuery.text("dang ky khai sinh", today)).hits()).first()
			.extracting(ProcedureHit::name)
			.isEqualTo("Đăng ký khai sinh");
	}

	@Test
	void findsByCodeFieldAndAgencyName() {
		assertThat(catalog.search(ProcedureQuery.text("1.001193", today)).hits()).first()
			.extracting(h -> h.code().value())
			.isEqualTo("1.001193");
		assertThat(catalog.search(ProcedureQuery.text("chung thuc", today)).hits()).extracting(ProcedureHit::fieldName)
			.contains("Chứng thực");
		assertThat(catalog.search(ProcedureQuery.text("so tu phap", today)).hits()).extracting(ProcedureHit::name)
			.contains("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam");
	}

	@Test
	void filtersByLevelFieldAgencyAndOnlineLevel() {
		var tuPhap = organization.findAgencyByCode(AgencyCode.of("000.00.02.H99")).orElseThrow().id();

		var provincial = catalog.search(new ProcedureQuery(null, null, ImplementingLevel.PROVINCE, null, null, today, 0));
		var civilStatus = catalog.search(new ProcedureQuery(null, "TP-HT", null, null, null, today, 0));
		var atTuPhap = catalog.search(new ProcedureQuery(null, null, null, tuPhap, null, today, 0));
		var full = catalog.search(new ProcedureQuery("khai sinh", null, null, null, OnlineLevel.FULL, today, 0));

		assertThat(provincial.hits()).isNotEmpty()
			.allSatisfy(h -> assertThat(h.levels()).contains(ImplementingLevel.PROVINCE));
		assertThat(civilStatus.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.fieldCode()).isEqualTo("TP-HT"));
		assertThat(atTuPhap.hits()).extracting(h -> h.code().value()).contains("2.000488").doesNotContain("1.001193");
		assertThat(full.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.onlineLevel()).isEqualTo(OnlineLevel.FULL));
	}

	@Test
	void pagesThroughAllProceduresByCode() {
		var first = catalog.search(new ProcedureQuery(null, null, null, null, null, today, 0));
		var second = catalog.search(first.hasNext() ? new ProcedureQuery(null, null, null, null, null, today, 1)
				: new ProcedureQuery(null, null, null, null, null, today, 0));

		assertThat(first.hits()).hasSize(ProcedureQuery.PAGE_SIZE);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.hits().getFirst().code()).isGreaterThan(first.hits().getLast().code());
	}
}
