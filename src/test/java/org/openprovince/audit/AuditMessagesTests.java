package org.openprovince.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class AuditMessagesTests {

	@Test
	void englishBundleHasExactlyTheVietnameseKeys() throws IOException {
		Properties vietnamese = load("messages/audit.properties");
		Properties english = load("messages/audit_en.properties");

		assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
		assertThat(vietnamese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(english.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
	}

	@Test
	void vietnameseBundleIsReadAsUtf8() throws IOException {
		assertThat(load("messages/audit.properties").getProperty("audit.title")).isEqualTo("Nhật ký hệ thống");
	}

	private static Properties load(String path) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
