package org.openprovince.identity.web;

import java.util.Comparator;
import java.util.List;

import org.openprovince.identity.AccountService;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.HomeTile;
import org.openprovince.identity.OfficeHomeTiles;
import org.openprovince.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back-office home page and the citizen's own account page. */
@Controller
class HomeController {

	static final String OFFICE_HOME = "identity/office-home";
	static final String CITIZEN_ACCOUNT = "identity/account";

	private final AccountService accounts;

	private final ObjectProvider<OfficeHomeTiles> tiles;

	HomeController(AccountService accounts, ObjectProvider<OfficeHomeTiles> tiles) {
		this.accounts = accounts;
		this.tiles = tiles;
	}

	@GetMapping("/office")
	String officeHome(CurrentUser user, Model model) {
		List<Role> roles = user.roles().stream().sorted(Comparator.naturalOrder()).toList();
		model.addAttribute("roles", roles);
		List<HomeTile> cards = tiles.orderedStream().flatMap(t -> t.tiles(user).stream()).toList();
		model.addAttribute("tiles", cards);
		return OFFICE_HOME;
	}

	@GetMapping("/account")
	String citizenAccount(CurrentUser user, Model model) {
		model.addAttribute("account", accounts.find(user.accountId()).orElseThrow());
		return CITIZEN_ACCOUNT;
	}
}
