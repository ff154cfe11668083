package org.openprovince.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The service portal's home page. */
@Controller
class PortalHomeController {

	static final String HOME = "portal/home";

	/**
	 * A service on the home page; {@code available} is false until its module ships.
	 *
	 * @param href where the service is, or {@code null} while it is not available
	 */
	record Service(String key, boolean available, @Nullable String href) {
	}

	private static final List<Service> SERVICES = List.of(new Service("procedures", true, "/thu-tuc"),
			new Service("submit", true, "/thu-tuc?online=FULL"), new Service("track", true, "/tra-cuu"),
			new Service("feedback", true, "/phan-anh"), new Service("statistics", true, "/thong-ke"));

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("services", SERVICES);
		return HOME;
	}
}
