package org.openprovince.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Registration, login, lockout and the two login doors, through the real security filter chains. */
@SpringBootTest
@AutoConfigureMockMvc
class IdentityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void citizenRegistersThenLogsInWithTheirCitizenId() throws Exception {
		String cccd = randomCccd();
		mvc.perform(register(cccd, "abc12345")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));

		mvc.perform(post("/login").param("username", cccd).param("password", "abc12345").with(csrf()))
			.andExpect(redirectedUrl("/account"));
		assertThat(auditCount("identity.citizen.registered", cccd)).isEqualTo(1);
	}

	@Test
	void refusesASecondRegistrationOfTheSameCitizenIdInVietnamese() throws Exception {
		String cccd = randomCccd();
		mvc.perform(register(cccd, "abc12345")).andExpect(status().is3xxRedirection());
		mvc.perform(register(cccd, "xyz98765"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Số định danh cá nhân này đã được đăng ký")));
	}

	@Test
	void showsWhatIsWrongWithAnInvalidRegistration() throws Exception {
		mvc.perform(post("/register").with(csrf())
			.param("fullName", "")
			.param("citizenId", "003090012345")
			.param("phone", "12345")
			.param("password", "short")
			.param("confirmPassword", "other"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("Vui lòng nhập họ và tên."),
					org.hamcrest.Matchers.containsString("Ba chữ số đầu không phải mã tỉnh hợp lệ"),
					org.hamcrest.Matchers.containsString("Số điện thoại di động gồm 10 chữ số"),
					org.hamcrest.Matchers.containsString("Hai lần nhập mật khẩu không khớp nhau."))));
		assertThat(jdbc.sql("select count(*) from identity_account where citizen_id = '003090012345'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void locksTheAccountAfterFiveWrongPasswordsEvenForTheRightOneAfterwards() throws Exception {
		String cccd = randomCccd();
		mvc.perform(register(cccd, "abc12345")).andExpect(status().is3xxRedirection());
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", cccd).param("password", "wrong" + i).with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}
		var session = mvc.perform(post("/login").param("username", cccd).param("password", "abc12345").with(csrf()))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getResponse()
			.getCookies();
		mvc.perform(get("/login").cookie(session).param("error", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tài khoản đang tạm khoá")));
		assertThat(jdbc.sql("select locked_until > now() from identity_account where username = ?").param(cccd)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(auditCount("identity.account.locked", cccd)).isEqualTo(1);

		var account = accounts.findByUsername(cccd).orElseThrow();
		accounts.unlock(account.id());
		mvc.perform(post("/login").param("username", cccd).param("password", "abc12345").with(csrf()))
			.andExpect(redirectedUrl("/account"));
	}

	@Test
	void wrongPasswordShowsTheVietnameseMessage() throws Exception {
		var session = mvc.perform(post("/office/login").param("username", "nobody").param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/office/login?error"))
			.andReturn()
			.getResponse()
			.getCookies();
		mvc.perform(get("/office/login").cookie(session).param("error", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng")));
	}

	@Test
	void keepsStaffAndCitizenDoorsApart() throws Exception {
		String username = "staff" + ThreadLocalRandom.current().nextInt(1_000_000);
		UUID agency = UUID.randomUUID();
		accounts.createStaffAccount(username, "Cán Bộ Thử", null, null, UUID.randomUUID(),
				Set.of(RoleGrant.forAgency(Role.CASE_OFFICER, agency)), "staff12345");
		String cccd = randomCccd();
		mvc.perform(register(cccd, "abc12345")).andExpect(status().is3xxRedirection());

		mvc.perform(post("/office/login").param("username", username).param("password", "staff12345").with(csrf()))
			.andExpect(redirectedUrl("/office"));
		mvc.perform(post("/office/login").param("username", cccd).param("password", "abc12345").with(csrf()))
			.andExpect(redirectedUrl("/office/login?error"));
		mvc.perform(post("/login").param("username", username).param("password", "staff12345").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void staffRolesAreScopedToTheirAgency() {
		UUID mine = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		var user = new CurrentUser(AccountId.random(), AccountKind.STAFF, "x", "X", "Sở Tư pháp",
				Set.of(RoleGrant.forAgency(Role.CASE_OFFICER, mine), RoleGrant.provinceWide(Role.ADMINISTRATOR)));
		assertThat(user.canActFor(Role.CASE_OFFICER, mine)).isTrue();
		assertThat(user.canActFor(Role.CASE_OFFICER, other)).isFalse();
		assertThat(user.canActFor(Role.ADMINISTRATOR, other)).isTrue();
		assertThat(user.agenciesFor(Role.CASE_OFFICER)).containsExactly(mine);
	}

	@Test
	void twoSimultaneousRegistrationsOfOneCitizenIdCreateOneAccount() throws Exception {
		String cccd = randomCccd();
		var start = new CountDownLatch(1);
		Callable<Boolean> attempt = () -> {
			start.await();
			try {
				accounts.registerCitizen(new AccountService.CitizenRegistration("Người Thử", cccd, "0912345678", null,
						"abc12345"));
				return true;
			}
			catch (IdentityException duplicate) {
				return false;
			}
		};
		try (var pool = Executors.newFixedThreadPool(2)) {
			var first = pool.submit(attempt);
			var second = pool.submit(attempt);
			start.countDown();
			assertThat(first.get() ^ second.get()).as("exactly one succeeds").isTrue();
		}
		assertThat(jdbc.sql("select count(*) from identity_account where citizen_id = ?").param(cccd)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void citizenChangesPasswordAndLogsInWithTheNewOne() throws Exception {
		String cccd = randomCccd();
		mvc.perform(register(cccd, "abc12345")).andExpect(status().is3xxRedirection());
		var session = mvc.perform(post("/login").param("username", cccd).param("password", "abc12345").with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andReturn()
			.getResponse()
			.getCookies();

		mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Cổng Dịch vụ công")));
		mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("currentPassword", "wrong123")
			.param("newPassword", "moi12345")
			.param("confirmPassword", "moi12345"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Mật khẩu hiện tại không đúng.")));
		mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("currentPassword", "abc12345")
			.param("newPassword", "moi12345")
			.param("confirmPassword", "moi12345"))
			.andExpect(redirectedUrl("/account/password"));

		mvc.perform(post("/login").param("username", cccd).param("password", "abc12345").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").param("username", cccd).param("password", "moi12345").with(csrf()))
			.andExpect(redirectedUrl("/account"));
		assertThat(auditCount("identity.password.changed", cccd)).isEqualTo(1);
	}

	@Test
	void staffPasswordPageUsesTheBackOfficeLayout() throws Exception {
		String username = "staff" + ThreadLocalRandom.current().nextInt(1_000_000);
		accounts.createStaffAccount(username, "Cán Bộ Đổi Mật Khẩu", null, null, UUID.randomUUID(),
				Set.of(RoleGrant.forAgency(Role.CLERK, UUID.randomUUID())), "staff12345");
		var session = mvc.perform(post("/office/login").param("username", username).param("password", "staff12345")
			.with(csrf())).andExpect(redirectedUrl("/office")).andReturn().getResponse().getCookies();
		mvc.perform(get("/office/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("Hệ thống quản lý nội bộ"),
					org.hamcrest.Matchers.containsString("action=\"/office/account/password\""))));
	}

	@Test
	void officeNeedsAStaffLogin() throws Exception {
		mvc.perform(get("/office")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/office/login"));
	}

	private static MockHttpServletRequestBuilder register(String cccd, String password) {
		return post("/register").with(csrf())
			.param("fullName", "Nguyễn Văn Thử")
			.param("citizenId", cccd)
			.param("phone", "0912345678")
			.param("email", "")
			.param("password", password)
			.param("confirmPassword", password);
	}

	private long auditCount(String action, String targetOrActor) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and (actor = ? or target_id = ?)")
			.params(action, targetOrActor, targetOrActor)
			.query(Long.class)
			.single();
	}

	static String randomCccd() {
		return "001" + "0" + "90" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
	}
}
