package org.openprovince.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user-facing string of the module is in both bundles, under the same keys. */
class OrganizationMessagesTests {

	static final Path MAIN = Path.of("src/main");

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		assertThat(bundle("organization_en").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle("organization").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTemplatesAndDomainErrorsExists() throws IOException {
		Set<String> used = new TreeSet<>();
		used.addAll(matches(MAIN.resolve("resources/templates/organization"), Pattern.compile("#\\{(organization\\.[\\w.]+\\w)[}(]")));
		used.addAll(matches(MAIN.resolve("java/org/openprovince/organization"),
				Pattern.compile("OrganizationException\\(\\s*\"([\\w.]+)\"")));
		used.addAll(matches(MAIN.resolve("java/org/openprovince/organization/web"),
				Pattern.compile("getMessage\\(\"(organization\\.[\\w.]+)\"")));
		for (AgencyKind kind : AgencyKind.values()) {
			used.add("organization.kind." + kind);
		}
		for (AdministrativeLevel level : AdministrativeLevel.values()) {
			used.add("organization.level." + level);
			used.add("organization.level.word." + level);
		}
		used.add("organization.unit.status.CURRENT");
		used.add("organization.unit.status.ENDED");

		assertThat(used).hasSizeGreaterThan(100);
		assertThat(bundle("organization").stringPropertyNames()).containsAll(used);
	}

	@Test
	void vietnameseBundleIsUtf8() throws IOException {
		assertThat(bundle("organization").getProperty("organization.agencies.title")).isEqualTo("Danh bạ cơ quan");
	}

	private static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (InputStream in = Files.newInputStream(MAIN.resolve("resources/messages/" + name + ".properties"));
				Reader reader = new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> matches(Path root, Pattern pattern) throws IOException {
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				var matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					found.add(matcher.group(1));
				}
			}
		}
		return found;
	}
}
