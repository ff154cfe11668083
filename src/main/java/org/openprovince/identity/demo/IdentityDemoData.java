package org.openprovince.identity.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openprovince.identity.AccountService;
import org.openprovince.identity.Role;
import org.openprovince.identity.RoleGrant;
import org.openprovince.organization.Organization;
import org.openprovince.organization.StaffSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the demo province's staff (created by the organisation demo data, which runs first)
 * and three citizens. Loaded only into a database without accounts. Every demo password is
 * {@value #PASSWORD}; the README lists the accounts.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("openprovince.demo.enabled")
class IdentityDemoData implements ApplicationRunner {

	static final String PASSWORD = "Demo@2025";
	private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

	/** A staff account: username, the staff member's e-mail in the organisation demo data, roles. */
	private record StaffAccount(String username, String email, List<Role> roles) {
	}

	private record Citizen(String cccd, String name, String phone, String email) {
	}

	private static final List<StaffAccount> STAFF = List.of(
			new StaffAccount("quantri", "quantri@songhong.gov.vn", List.of(Role.ADMINISTRATOR)),
			new StaffAccount("tiepnhan.tinh", "tiepnhan.tinh@songhong.gov.vn", List.of(Role.RECEPTION_OFFICER)),
			new StaffAccount("chuyenvien.tuphap", "chuyenvien.tuphap@songhong.gov.vn", List.of(Role.CASE_OFFICER)),
			new StaffAccount("truongphong.tuphap", "truongphong.tuphap@songhong.gov.vn", List.of(Role.UNIT_HEAD)),
			new StaffAccount("lanhdao.tuphap", "lanhdao.tuphap@songhong.gov.vn", List.of(Role.AGENCY_LEADER)),
			new StaffAccount("vanthu.ubnd", "vanthu.ubnd@songhong.gov.vn", List.of(Role.CLERK)),
			new StaffAccount("tiepnhan.hongha", "tiepnhan.hongha@songhong.gov.vn", List.of(Role.RECEPTION_OFFICER)),
			new StaffAccount("chuyenvien.hongha", "chuyenvien.hongha@songhong.gov.vn", List.of(Role.CASE_OFFICER)),
			new StaffAccount("lanhdao.hongha", "lanhdao.hongha@songhong.gov.vn", List.of(Role.AGENCY_LEADER)),
			new StaffAccount("vanthu.tuphap", "vanthu.tuphap@songhong.gov.vn", List.of(Role.CLERK)),
			new StaffAccount("vanthu.hongha", "vanthu.hongha@songhong.gov.vn", List.of(Role.CLERK)));

	private static final List<Citizen> CITIZENS = List.of(
			new Citizen("001090012345", "Nguyễn Văn An", "0912345601", "an.nguyen@example.vn"),
			new Citizen("036195004321", "Trần Thị Bình", "0987654302", "binh.tran@example.vn"),
			new Citizen("079201006789", "Lê Hoàng Cường", "0356789003", "cuong.le@example.vn"));

	private final AccountService accounts;
	private final Organization organization;

	IdentityDemoData(AccountService accounts, Organization organization) {
		this.accounts = accounts;
		this.organization = organization;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.findByUsername("quantri").isPresent()) {
			return;
		}
		for (StaffAccount account : STAFF) {
			var staff = organization.findStaffByEmail(account.email());
			if (staff.isEmpty()) {
				log.warn("Demo staff member {} not found; account {} not created", account.email(), account.username());
				continue;
			}
			accounts.createStaffAccount(account.username(), staff.get().fullName(), account.email(), null,
					staff.get().staffId().value(), grants(account.roles(), staff.get()), PASSWORD);
		}
		for (Citizen citizen : CITIZENS) {
			accounts.registerCitizen(new AccountService.CitizenRegistration(citizen.name(), citizen.cccd(),
					citizen.phone(), citizen.email(), PASSWORD));
		}
		log.info("Demo accounts created: {} staff, {} citizens (password {})", STAFF.size(), CITIZENS.size(), PASSWORD);
	}

	private static Set<RoleGrant> grants(List<Role> roles, StaffSummary staff) {
		var grants = new LinkedHashSet<RoleGrant>();
		for (Role role : roles) {
			grants.add(RoleGrant.forStaff(role, staff.agencyId().value(),
					staff.departmentId() == null ? null : staff.departmentId().value()));
		}
		return grants;
	}
}
