package org.openprovince.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.portal.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5 in the browser, on the demo province: a new citizen, on a phone with JavaScript off,
 * registers and submits "Cấp Phiếu lý lịch tư pháp" (2.000488) online with uploads (a renamed program
 * refused on the way), pays the fee through the sandbox gateway (a forged IPN and an unsigned
 * return changing nothing), is asked by Sở Tư pháp for a supplement and sends it, gets the electronic
 * result and rates the service; tracking with a wrong second factor shows nothing personal.
 */
class OnlineSubmissionJourneyTest extends BrowserJourney {

	static final String PROCEDURE = "2.000488";

	@Autowired
	Catalog catalog;

	/** The citizen's browser: a phone without JavaScript. */
	@Override
	protected Browser.NewContextOptions contextOptions() {
		return phoneWithoutJavaScript();
	}

	@Test
	void aNewCitizenSubmitsPaysSupplementsGetsTheResultAndRatesIt() throws IOException {
		ProcedureVersion version = PortalCitizen.inForce(catalog, PROCEDURE);
		String cccd = PortalCitizen.freshCitizenId();
		var citizen = new PortalCitizen(page, url(""));

		// Registers and logs in.
		citizen.register("Lê Hoàng Cường", cccd, "cuong" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.vn");
		citizen.logIn(cccd, PortalCitizen.PASSWORD);

		// Submits online; a renamed Windows program is refused with the reason, nothing is kept.
		citizen.startOnline(PROCEDURE);
		assertThat(page.locator("#fullName")).hasValue("Lê Hoàng Cường");
		assertThat(page.locator("#idNumber")).hasValue(cccd);
		citizen.applicant("Sở Tư pháp");
		citizen.eForm(version.content().formFields());
		page.locator("#file_0").setInputFiles(new FilePayload("to-khai.pdf", "application/pdf", SampleFiles.windowsProgram()));
		citizen.button("Tải lên các tệp đã chọn").click();
		Locator refused = page.locator(".alert.error");
		assertThat(refused).containsText("Một số tệp không được nhận");
		assertThat(refused).containsText("chương trình");
		assertThat(page.locator("main")).not().containsText("Đã tải lên: to-khai.pdf");
		citizen.documents(version.content().documents());
		String fee = citizen.feeOnReview();
		String code = citizen.submit();
		assertThat(page).hasURL(Pattern.compile(".*/account/dossiers/[0-9a-f-]{36}$"));
		String dossierUrl = page.url();
		String dossierId = dossierUrl.substring(dossierUrl.lastIndexOf('/') + 1);
		assertThat(page.locator(".status-line")).containsText("1 – Mới đăng ký");
		assertThat(page.locator(".status-line")).containsText("Cần bạn thanh toán");

		pays(code, fee);

		// The officers: the desk accepts and hands over; the specialist asks for a supplement, the desk sends it.
		var desk = new OfficeDesk(newPage(super.contextOptions()), url(""));
		String officeUrl = url("/office/dossiers/" + dossierId);
		desk.logIn("tiepnhan.tinh");
		desk.page().navigate(url("/office/dossiers?q=" + code));
		desk.page().locator("main a", new Page.LocatorOptions().setHasText(code)).first().click();
		assertThat(desk.page()).hasURL(officeUrl);
		desk.act("Tiếp nhận hồ sơ trực tuyến");
		assertThat(desk.page().locator("main")).containsText("Được tiếp nhận");
		desk.forward();
		desk.logIn("chuyenvien.tuphap");
		desk.page().navigate(officeUrl);
		desk.act("Đề nghị một cửa yêu cầu bổ sung", panel -> {
			panel.getByLabel("Giấy tờ cần bổ sung").fill("Ảnh chân dung 4x6 chụp trong 6 tháng gần đây");
			panel.getByLabel("Lý do").fill("Thiếu ảnh chân dung để đối chiếu");
		});
		desk.logIn("tiepnhan.tinh");
		desk.page().navigate(officeUrl);
		desk.act("Gửi yêu cầu bổ sung cho người nộp");

		// The citizen sees it in the list, sends a PNG with a note: processing resumes.
		page.navigate(url("/account/dossiers"));
		Locator card = page.locator(".card", new Page.LocatorOptions().setHasText(code));
		assertThat(card).containsText("5 – Yêu cầu bổ sung giấy tờ");
		assertThat(card).containsText("Cần bạn bổ sung giấy tờ");
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(code)).click();
		Locator supplement = page.locator("#supplement");
		assertThat(supplement).containsText("Ảnh chân dung 4x6");
		assertThat(supplement).containsText("Thiếu ảnh chân dung");
		supplement.getByLabel("Giấy tờ bổ sung").setInputFiles(new FilePayload("anh-chan-dung.png", "image/png", SampleFiles.png()));
		supplement.getByLabel("Ghi chú").fill("Tôi gửi bổ sung ảnh chân dung.");
		supplement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gửi bổ sung")).click();
		assertThat(page.locator(".alert.success")).containsText("Đã gửi giấy tờ bổ sung");
		assertThat(page.locator(".status-line")).containsText("4 – Đang xử lý");
		assertThat(page.locator("#supplement")).hasCount(0);

		// Sở Tư pháp finishes with an electronic result; the desk returns it.
		for (String officer : new String[] { "chuyenvien.tuphap", "truongphong.tuphap", "lanhdao.tuphap" }) {
			desk.logIn(officer);
			desk.page().navigate(officeUrl);
			desk.forward();
		}
		desk.logIn("vanthu.tuphap");
		desk.page().navigate(officeUrl);
		desk.act(OfficeDesk.FORWARD, panel -> {
			panel.getByLabel("Số, ký hiệu văn bản kết quả").fill("318/PLLTP-STP");
			panel.getByLabel("Người ký").fill("Hoàng Văn Nam");
			panel.getByLabel("Ngày ký").fill(LocalDate.now().toString());
			panel.getByLabel("Tệp văn bản kết quả").setInputFiles(PortalCitizen.pdf("phieu-ly-lich-tu-phap.pdf"));
		});
		assertThat(desk.page().locator("main")).containsText("Đã xử lý xong");
		desk.logIn("tiepnhan.tinh");
		desk.page().navigate(officeUrl);
		desk.act("Trả kết quả", panel -> panel.getByLabel("Trực tuyến").check());
		assertThat(desk.page().locator("main")).containsText("Đã trả kết quả");

		// The citizen downloads the electronic result (a PDF) and rates the service, once.
		page.navigate(dossierUrl);
		assertThat(page.locator(".status-line")).containsText("10 – Đã trả kết quả");
		Locator result = page.locator("li", new Page.LocatorOptions().setHasText("Kết quả điện tử")).getByRole(AriaRole.LINK);
		APIResponse pdf = page.request().get(url(result.getAttribute("href")));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
		try (var document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
		Locator rate = page.locator("#rate");
		rate.getByLabel("Rất hài lòng").check();
		rate.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gửi đánh giá")).click();
		assertThat(page.locator(".alert.success")).containsText("Cảm ơn bạn đã đánh giá");
		assertThat(page.locator("dl.props").first()).containsText("Rất hài lòng");
		assertThat(page.locator("#rate")).hasCount(0);

		// Tracking: a wrong second factor finds nothing and shows nothing personal; the right one the status.
		page.navigate(url("/tra-cuu"));
		page.getByLabel("Mã hồ sơ").fill(code);
		page.getByLabel("4 chữ số cuối").fill(wrongDigits(cccd));
		citizen.button("Tra cứu").click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Không tìm thấy hồ sơ với mã và 4 chữ số này. Hãy kiểm tra lại.");
		assertThat(page.locator("main")).not().containsText("Lê Hoàng Cường");
		assertThat(page.locator("main")).not().containsText("Đã trả kết quả");
		page.getByLabel("Mã hồ sơ").fill(code);
		page.getByLabel("4 chữ số cuối").fill(cccd.substring(8));
		citizen.button("Tra cứu").click();
		assertThat(page.locator("h2")).hasText("Hồ sơ " + code);
		assertThat(page.locator(".status-line")).containsText("10 – Đã trả kết quả");
	}

	/**
	 * "Thanh toán" on the dossier, the payment page, the sandbox bank: first a forged IPN and an
	 * unsigned return, which change nothing; then a real payment, the result page, the fee shown as paid.
	 */
	private void pays(String code, String fee) {
		String dossierUrl = page.url();
		page.locator("#payment").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thanh toán")).click();
		assertThat(page.locator("h1")).hasText("Thanh toán phí, lệ phí");
		assertThat(page.locator("main")).containsText(code);
		assertThat(page.locator("main")).containsText(fee);
		new PortalCitizen(page, url("")).button("Thanh toán").click();
		assertThat(page.locator("h1")).hasText("Cổng thanh toán thử nghiệm");
		assertThat(page.locator("main")).containsText(fee);
		String bank = page.url();
		var order = java.net.URI.create(bank).getRawQuery();
		String txnRef = param(order, "vnp_TxnRef");
		String amount = param(order, "vnp_Amount");

		// A forged "paid" notice: right order and amount, wrong signature. Refused (97); nothing changes.
		String forged = "vnp_Amount=" + amount + "&vnp_BankCode=NCB&vnp_ResponseCode=00&vnp_TransactionNo=14000001"
				+ "&vnp_TransactionStatus=00&vnp_TxnRef=" + txnRef + "&vnp_SecureHash=" + "ab".repeat(64);
		APIResponse ipn = page.request().get(url("/thanh-toan/vnpay-ipn?" + forged));
		assertThat(ipn.text()).contains("\"RspCode\":\"97\"");
		// The same without a signature, on the return address the browser comes back to: the error page.
		page.navigate(url("/thanh-toan/ket-qua?" + forged.substring(0, forged.indexOf("&vnp_SecureHash"))));
		assertThat(page.locator("h1")).hasText("Kết quả thanh toán không hợp lệ");
		page.navigate(dossierUrl);
		assertThat(page.locator(".status-line")).containsText("Cần bạn thanh toán");
		assertThat(page.locator("main")).not().containsText("đã nộp lúc");

		// The real payment.
		page.navigate(bank);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thanh toán thành công")).click();
		assertThat(page.locator("h1")).hasText("Kết quả thanh toán");
		assertThat(page.locator(".alert.success")).containsText("Thanh toán thành công");
		// The gateway's genuine notice, replayed, is recognised as already confirmed (02).
		String signed = java.net.URI.create(page.url()).getRawQuery();
		assertThat(page.request().get(url("/thanh-toan/vnpay-ipn?" + signed)).text()).contains("\"RspCode\":\"02\"");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quay lại hồ sơ")).click();
		assertThat(page).hasURL(dossierUrl);
		assertThat(page.locator("main")).containsText("đã nộp lúc");
		assertThat(page.locator("#payment")).hasCount(0);
		assertThat(page.locator(".status-line")).not().containsText("Cần bạn thanh toán");
	}

	private static String param(String query, String name) {
		for (String pair : query.split("&")) {
			if (pair.startsWith(name + "=")) {
				return pair.substring(name.length() + 1);
			}
		}
		throw new AssertionError(name + " not in " + query);
	}

	/** Four digits that are neither the end of the citizen's number nor of the phone number 0987654321/0912345678. */
	private static String wrongDigits(String cccd) {
		String right = cccd.substring(8);
		for (String candidate : new String[] { "0000", "1111", "2222" }) {
			if (!candidate.equals(right)) {
				return candidate;
			}
		}
		throw new AssertionError();
	}
}
