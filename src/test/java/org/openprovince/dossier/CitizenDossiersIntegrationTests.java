package org.openprovince.dossier;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.CitizenDossierView.CitizenAction;
import org.openprovince.dossier.CitizenDossierView.DocumentKind;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The citizen facade on the demo province: a demo citizen submits online, follows, supplements before
 * reception and during processing, and never reaches another citizen's dossier.
 */
@SpringBootTest
class CitizenDossiersIntegrationTests {

	@Autowired
	CitizenDossiers dossiers;

	@Autowired
	DossierQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	CitizenFixtures citizens;

	CurrentUser an;

	CurrentUser binh;

	@BeforeEach
	void setUp() {
		citizens = new CitizenFixtures(context);
		an = citizens.citizen(CitizenFixtures.AN);
		binh = citizens.citizen(CitizenFixtures.BINH);
	}

	@Test
	void submitsOnlineWithACodeAndTheDeclaredValuesThenListsAndShowsIt() {
		var submitted = dossiers.submit(an, citizens.application("Nguyễn Văn An", CitizenFixtures.AN, "0912000111"));

		assertThat(submitted.code().value()).matches("000\\.00\\.09\\.H99-\\d{6}-\\d{4}");
		assertThat(jdbc.sql("select status from dossier where id = ?").param(submitted.id().value())
			.query(Integer.class).single()).isEqualTo(1);
		CitizenDossierView view = dossiers.view(an, submitted.id()).orElseThrow();
		assertThat(view.code()).isEqualTo(submitted.code());
		assertThat(view.status()).isEqualTo(DvcqgStatus.SUBMITTED);
		assertThat(view.form()).containsExactly(new FormEntry("purpose", "Mục đích sử dụng phiếu", "Bổ sung hồ sơ xin việc"));
		assertThat(view.applicantName()).isEqualTo("Nguyễn Văn An");
		assertThat(view.receivedAt()).isNull();
		assertThat(view.timeline()).extracting(DossierTracking.Event::action).containsExactly(DossierAction.SUBMIT);
		assertThat(view.documents()).extracting(CitizenDossierView.Document::kind).containsExactly(DocumentKind.COMPONENT);
		assertThat(view.may(CitizenAction.WITHDRAW)).isTrue();
		assertThat(view.may(CitizenAction.SUPPLEMENT)).isFalse();
		assertThat(view.may(CitizenAction.RATE)).isFalse();

		assertThat(dossiers.list(an)).first().satisfies(line -> {
			assertThat(line.id()).isEqualTo(submitted.id());
			assertThat(line.status()).isEqualTo(DvcqgStatus.SUBMITTED);
			assertThat(line.waitingForApplicant()).isFalse();
		});
		var component = view.documents().getFirst();
		assertThat(dossiers.download(an, submitted.id(), component.id()).orElseThrow().content())
			.startsWith("%PDF".getBytes());
	}

	@Test
	void supplementsBeforeReceptionThenDuringProcessing() {
		var submitted = dossiers.submit(an, citizens.application("Nguyễn Văn An", CitizenFixtures.AN, "0912000222"));
		DossierId id = submitted.id();
		citizens.receptionSupplement(id);

		CitizenDossierView asked = dossiers.view(an, id).orElseThrow();
		assertThat(asked.state()).isEqualTo(DossierState.RECEPTION_SUPPLEMENT);
		assertThat(asked.pendingItems()).containsExactly("Bản chụp CCCD rõ nét");
		assertThat(asked.may(CitizenAction.SUPPLEMENT)).isTrue();
		assertThat(dossiers.list(an)).filteredOn(line -> line.id().equals(id)).singleElement()
			.satisfies(line -> assertThat(line.waitingForApplicant()).isTrue());
		assertThatThrownBy(() -> dossiers.supplement(an, id, asked.version(), null, List.of()))
			.isInstanceOf(DossierException.class)
			.hasMessageContaining("ít nhất một tệp");

		dossiers.supplement(an, id, asked.version(), "Ảnh chụp lại", List.of(png("cccd.png")));
		CitizenDossierView resent = dossiers.view(an, id).orElseThrow();
		assertThat(resent.state()).isEqualTo(DossierState.SUBMITTED);
		assertThat(resent.pendingItems()).isEmpty();
		assertThat(resent.documents()).extracting(CitizenDossierView.Document::kind).contains(DocumentKind.SUPPLEMENT);

		Dossier requested = citizens.supplementRequested(id);
		assertThat(requested.state()).isEqualTo(DossierState.SUPPLEMENT_REQUESTED);
		long stale = requested.version() - 1;
		assertThatThrownBy(() -> dossiers.supplement(an, id, stale, null, List.of(png("ho-khau.png"))))
			.isInstanceOf(DossierException.class)
			.hasMessageContaining("vừa được người khác cập nhật");
		dossiers.supplement(an, id, requested.version(), null, List.of(png("ho-khau.png")));
		CitizenDossierView resumed = dossiers.view(an, id).orElseThrow();
		assertThat(resumed.state()).isEqualTo(DossierState.PROCESSING);
		assertThat(resumed.may(CitizenAction.SUPPLEMENT)).isFalse();
		assertThat(resumed.timeline()).extracting(DossierTracking.Event::action)
			.contains(DossierAction.RECEPTION_SUPPLEMENT_PROVIDED, DossierAction.COMPLETE_SUPPLEMENT);
	}

	@Test
	void anotherCitizenNeitherSeesNorTouchesTheDossier() {
		var submitted = dossiers.submit(an, citizens.application("Nguyễn Văn An", CitizenFixtures.AN, "0912000333"));
		DossierId id = submitted.id();
		CitizenDossierView view = dossiers.view(an, id).orElseThrow();
		UUID component = view.documents().getFirst().id();

		assertThat(dossiers.view(binh, id)).isEmpty();
		assertThat(dossiers.list(binh)).extracting(CitizenDossier::id).doesNotContain(id);
		assertThat(dossiers.download(binh, id, component)).isEmpty();
		assertThatThrownBy(() -> dossiers.withdraw(binh, id, view.version(), "Không cần nữa"))
			.isInstanceOf(DossierException.class)
			.hasMessage("Không tìm thấy hồ sơ.");
		assertThatThrownBy(() -> dossiers.supplement(binh, id, view.version(), null, List.of(png("x.png"))))
			.isInstanceOf(DossierException.class)
			.hasMessage("Không tìm thấy hồ sơ.");
		assertThatThrownBy(() -> dossiers.rate(binh, id, view.version(), Rating.UNSATISFIED))
			.isInstanceOf(DossierException.class)
			.hasMessage("Không tìm thấy hồ sơ.");
		assertThat(jdbc.sql("select version from dossier where id = ?").param(id.value()).query(Long.class).single())
			.isEqualTo(view.version());
	}

	@Test
	void tracksByCodeOnlyWithTheLastFourDigitsOfTheIdOrPhone() {
		var submitted = dossiers.submit(an, citizens.application("Nguyễn Văn An", "001090012345", "0912 000 468"));
		assertThat(queries.track(submitted.code(), "2345")).hasValueSatisfying(t -> {
			assertThat(t.id()).isEqualTo(submitted.id());
			assertThat(t.status()).isEqualTo(DvcqgStatus.SUBMITTED);
		});
		assertThat(queries.track(submitted.code(), "0468")).isPresent();
		assertThat(queries.track(submitted.code(), "1234")).isEmpty();
		assertThat(queries.track(submitted.code(), "345")).isEmpty();
		assertThat(queries.track(submitted.code(), null)).isEmpty();
	}

	private static Attachment png(String name) {
		return new Attachment(name, "image/png", CitizenFixtures.PNG);
	}
}
