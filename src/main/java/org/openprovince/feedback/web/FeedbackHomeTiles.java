package org.openprovince.feedback.web;

import java.util.List;

import org.openprovince.feedback.internal.FeedbackSearch;
import org.openprovince.feedback.internal.FeedbackSearch.Tab;
import org.openprovince.feedback.internal.FeedbackService;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.HomeTile;
import org.openprovince.identity.OfficeHomeTiles;
import org.openprovince.identity.Role;
import org.openprovince.platform.WebForms;
import org.springframework.stereotype.Component;

/** Feedback on the back-office home page: items waiting for the officer's agencies, and the overdue ones. */
@Component
class FeedbackHomeTiles implements OfficeHomeTiles {

	private final FeedbackSearch search;

	FeedbackHomeTiles(FeedbackSearch search) {
		this.search = search;
	}

	@Override
	public List<HomeTile> tiles(CurrentUser user) {
		if (FeedbackService.HANDLERS.stream().noneMatch(user::hasRole) && !user.provinceWide(Role.ADMINISTRATOR)) {
			return List.of();
		}
		int[] counts = search.waitingAndOverdue(user);
		return List.of(new HomeTile("feedback.tile.waiting", counts[0], Pages.OFFICE, false),
				new HomeTile("feedback.tile.overdue", counts[1], WebForms.link(Pages.OFFICE, "tab", Tab.OVERDUE), true));
	}
}
