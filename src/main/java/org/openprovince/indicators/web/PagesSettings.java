package org.openprovince.indicators.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Decision 766 pages ({@code openprovince.indicators.pages.*}).
 *
 * @param yearsOffered how many years the period pickers offer, this one included
 * @param publicMaxAge how long browsers (and, for visitors without a session, shared caches) may keep
 * the public page of the province's scores
 * @param overdueShown how many overdue dossiers the dashboard lists
 */
@ConfigurationProperties("openprovince.indicators.pages")
record PagesSettings(@DefaultValue("2") int yearsOffered, @DefaultValue("5m") Duration publicMaxAge,
		@DefaultValue("20") int overdueShown) {

	PagesSettings {
		if (yearsOffered < 1) {
			throw new IllegalArgumentException("openprovince.indicators.pages.years-offered must be at least 1");
		}
	}
}
