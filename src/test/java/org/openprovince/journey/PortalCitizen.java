package org.openprovince.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.FormField;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.portal.SampleFiles;

/**
 * A citizen on the portal, in one browser page: registers, logs in and goes through the four steps of
 * online submission by the labels on the pages, as a person would. Works with JavaScript off.
 */
final class PortalCitizen {

	/** A dossier code: receiving agency, date, sequence (Decree 61/2018, as amended). */
	static final Pattern CODE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}");

	static final String PASSWORD = "matkhau2025";

	private final Page page;

	private final String baseUrl;

	PortalCitizen(Page page, String baseUrl) {
		this.page = page;
		this.baseUrl = baseUrl;
	}

	/**
	 * A number no one registered yet that passes the identity module's checks: 079 (Hồ Chí Minh City),
	 * 2 (a man born in the 2000s), 01 (in 2001), six random digits.
	 */
	static String freshCitizenId() {
		return "079201" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
	}

	/** The version of a procedure of the demo catalog in force today. */
	static ProcedureVersion inForce(Catalog catalog, String procedureCode) {
		var procedure = catalog.findProcedureByCode(ProcedureCode.of(procedureCode)).orElseThrow();
		return catalog.versionInForce(procedure.id(), catalog.today()).orElseThrow();
	}

	void register(String fullName, String citizenId, String email) {
		page.navigate(baseUrl + "/register");
		page.getByLabel("Họ và tên").fill(fullName);
		page.getByLabel("Số định danh cá nhân (CCCD)").fill(citizenId);
		page.getByLabel("Số điện thoại").fill("0987654321");
		page.getByLabel("Thư điện tử").fill(email);
		page.locator("#password").fill(PASSWORD);
		page.getByLabel("Nhập lại mật khẩu").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký")).click();
		assertThat(page.locator(".alert.success")).containsText("Đăng ký thành công");
	}

	void logIn(String citizenId, String password) {
		page.navigate(baseUrl + "/login");
		page.getByLabel("Số định danh cá nhân (CCCD)").fill(citizenId);
		page.getByLabel("Mật khẩu").fill(password);
		page.locator("main form.stack button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Tài khoản của tôi");
	}

	/** From the procedure's public page, "Nộp hồ sơ trực tuyến" and "Bắt đầu": the applicant step. */
	void startOnline(String procedureCode) {
		page.navigate(baseUrl + "/thu-tuc/" + procedureCode);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến")).click();
		button("Bắt đầu").click();
		assertThat(page.locator("h1")).hasText("Người nộp hồ sơ");
	}

	/** Step 1: the agency whose name contains {@code agency}; name, number and e-mail come from the account. */
	void applicant(String agency) {
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(agency)).first().check();
		page.getByLabel("Số điện thoại di động").fill("0912345678");
		page.getByLabel("Nơi cư trú").fill("Số 12 đường Trần Phú, phường Hồng Hà");
		next();
		assertThat(page.locator("h1")).hasText("Tờ khai");
	}

	/** Step 2: every field of the e-form found by its label on the page, with a plausible value. */
	void eForm(List<FormField> fields) {
		for (FormField f : fields) {
			switch (f.type()) {
				case CHOICE -> page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(labelled(f)))
					.getByLabel(f.options().getFirst(), new Locator.GetByLabelOptions().setExact(true))
					.check();
				case DATE -> field(f).fill("1990-03-05");
				case NUMBER -> field(f).fill(f.minValue() != null ? f.minValue().toPlainString() : "1");
				case ADDRESS -> field(f).fill("Số 12 đường Trần Phú, phường Hồng Hà");
				case TEXT -> field(f).fill("Nguyễn Văn An");
			}
		}
		next();
		assertThat(page.locator("h1")).hasText("Giấy tờ đính kèm");
	}

	/** Step 3: a real PDF for every document of the list, then "Tiếp tục" to the review. */
	void documents(List<RequiredDocument> documents) {
		for (int i = 0; i < documents.size(); i++) {
			page.locator("#file_" + i).setInputFiles(pdf("giay-to-" + (i + 1) + ".pdf"));
		}
		next();
		assertThat(page.locator("h1")).hasText("Xem lại và nộp");
		for (int i = 0; i < documents.size(); i++) {
			assertThat(page.locator("main")).containsText(documents.get(i).name() + ": giay-to-" + (i + 1) + ".pdf");
		}
	}

	/**
	 * The fee to pay online as the review states it, e.g. "200.000". (The demo's 2.000488 says 205.000:
	 * its conditional 5.000 đ per copy from the third on is added to the 200.000 đ fee.)
	 */
	String feeOnReview() {
		String text = page.locator("main").textContent();
		Matcher fee = Pattern.compile("Lệ phí phải nộp trực tuyến: ([0-9.]+) đồng").matcher(text);
		org.assertj.core.api.Assertions.assertThat(fee.find()).as("the fee on the review page").isTrue();
		return fee.group(1);
	}

	/** Step 4: the pledge ticked, "Nộp hồ sơ": the dossier's page with its code, which is returned. */
	String submit() {
		page.getByLabel("Tôi cam đoan").check();
		button("Nộp hồ sơ").click();
		Locator done = page.locator(".alert.success");
		assertThat(done).containsText("Mã số hồ sơ của bạn là");
		Matcher code = CODE.matcher(done.textContent());
		org.assertj.core.api.Assertions.assertThat(code.find()).as("a dossier code in %s", done.textContent()).isTrue();
		return code.group();
	}

	Locator button(String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private void next() {
		button("Tiếp tục").click();
	}

	private Locator field(FormField f) {
		return page.getByLabel(labelled(f));
	}

	/** The field's label exactly, marked "(bắt buộc)" or not. */
	private static Pattern labelled(FormField f) {
		return Pattern.compile("^\\s*" + literal(f.label()) + "\\s*(\\(bắt buộc\\))?\\s*$");
	}

	/** {@code text} escaped for a regular expression that Playwright hands to JavaScript, which knows no Pattern.quote. */
	static String literal(String text) {
		return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
	}

	static FilePayload pdf(String name) {
		return new FilePayload(name, "application/pdf", SampleFiles.pdf());
	}
}
