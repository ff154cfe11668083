package org.openprovince.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every user-facing string lives in the message bundles: Vietnamese ({@code X.properties}) and
 * English ({@code X_en.properties}) have the same keys, and every literal key a template uses exists.
 */
class MessageBundlesTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");
	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			var vietnamese = files.filter(p -> !p.getFileName().toString().contains("_")).toList();
			assertThat(vietnamese).isNotEmpty();
			for (Path vi : vietnamese) {
				Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(en).as("English bundle for %s", vi).exists();
				assertThat(keys(en)).as("keys of %s vs %s", en, vi).isEqualTo(keys(vi));
			}
		}
	}

	@Test
	void bundlesHaveNoEmptyValues() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.toList()) {
				Properties p = load(file);
				p.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, file).isNotBlank());
			}
		}
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				known.addAll(keys(file));
			}
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				var matcher = LITERAL_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + TEMPLATES.relativize(template) + ")");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Set<String> keys(Path file) throws IOException {
		return new TreeSet<>(load(file).stringPropertyNames());
	}

	private static Properties load(Path file) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
