package org.openprovince.portal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The service portal's home page. */
@Controller
class PortalHomeController {

	static final String HOME = "portal/home";

	/** A service on the home page; {@code available} is false until its module ships. */
	record Service(String key, boolean available) {
	}

	private static final List<Service> SERVICES = List.of(new Service("procedures", false),
			new Service("submit", false), new Service("track", false), new Service("feedback", false));

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("services", SERVICES);
		return HOME;
	}
}
