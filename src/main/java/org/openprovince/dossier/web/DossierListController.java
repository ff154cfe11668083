package org.openprovince.dossier.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.internal.DossierSearch;
import org.openprovince.dossier.internal.Queue;
import org.openprovince.identity.CurrentUser;
import org.openprovince.platform.WebForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The work queues as tabs with their counts, and the search over the officer's dossiers; a page moves
 * on by keyset ({@code ?after=}), so it stays fast however many dossiers there are. An htmx search gets
 * only the table.
 */
@Controller
@RequestMapping(Pages.PATH)
class DossierListController {

	static final String VIEW_LIST = "dossier/list";

	static final String VIEW_RESULTS = Pages.FRAGMENTS + "results";

	private final DossierSearch search;

	private final Clock clock;

	DossierListController(DossierSearch search, Clock clock) {
		this.search = search;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String queue, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String after,
			CurrentUser user, Model model, HttpServletRequest request, HttpServletResponse response) {
		ListQuery query = ListQuery.of(queue, q, status, from, to);
		DossierSearch.Cursor cursor = DossierSearch.Cursor.parse(after);
		DossierSearch.Page page = query.searching() ? search.search(user, query.criteria(), cursor)
				: search.queue(user, query.queue(), cursor);
		model.addAttribute("query", query);
		model.addAttribute("page", page);
		model.addAttribute("now", clock.instant());
		model.addAttribute("soon", search.dueSoonThreshold());
		if (WebForms.wantsFragment(request, response)) {
			return VIEW_RESULTS;
		}
		model.addAttribute("queues", Queue.values());
		model.addAttribute("counts", search.counts(user));
		model.addAttribute("statuses", DvcqgStatus.values());
		return VIEW_LIST;
	}
}
