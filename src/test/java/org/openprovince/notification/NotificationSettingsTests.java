package org.openprovince.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class NotificationSettingsTests {

	@Test
	void waitsFourTimesLongerAfterEachFailureThenGivesUp() {
		var retry = new NotificationSettings.Retry(5, Duration.ofMinutes(1), Duration.ofSeconds(30));

		assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofMinutes(4));
		assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofMinutes(16));
		assertThat(retry.delayAfter(4)).isEqualTo(Duration.ofMinutes(64));
		assertThat(retry.delayAfter(5)).isNull();
	}
}
