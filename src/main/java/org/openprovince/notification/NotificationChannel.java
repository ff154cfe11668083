package org.openprovince.notification;

import org.openprovince.platform.Labelled;

/** How a notice reaches the applicant. */
enum NotificationChannel implements Labelled {

	EMAIL, SMS;

	@Override
	public String messageKey() {
		return "notification.channel." + name();
	}
}
