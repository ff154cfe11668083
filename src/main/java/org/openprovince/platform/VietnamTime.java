package org.openprovince.platform;

import java.time.ZoneId;

/** Vietnam's single time zone (UTC+7, no daylight saving): times are stored in UTC and shown in it. */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}
}
