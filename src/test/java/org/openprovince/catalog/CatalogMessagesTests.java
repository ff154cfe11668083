package org.openprovince.catalog;

import org.openprovince.platform.Labelled;
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
import org.openprovince.OpenProvinceApplication;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user-facing string of the module is in both bundles; the module keeps to its dependencies. */
class CatalogMessagesTests {

	static final Path MAIN = Path.of("src/main");

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		assertThat(bundle("catalog_en").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle("catalog").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTemplatesCodeAndValuesExists() throws IOException {
		Set<String> used = new TreeSet<>();
		used.addAll(matches(MAIN.resolve("resources/templates/catalog"), Pattern.compile("#\\{(catalog\\.[\\w.]+\\w)[}(]")));
		used.addAll(matches(MAIN.resolve("java/org/openprovince/catalog"),
				Pattern.compile("CatalogException\\(\\s*\"([\\w.]+)\"")));
		used.addAll(matches(MAIN.resolve("java/org/openprovince/catalog/web"),
				Pattern.compile("getMessage\\(\"(catalog\\.[\\w.]+)\"")));
		for (Class<? extends Labelled> type : java.util.List.of(Channel.class, OnlineLevel.class, ImplementingLevel.class,
				TimeLimitUnit.class, FeeKind.class, StepUnit.class, DvcqgStatus.class, FormFieldType.class)) {
			for (Labelled value : type.getEnumConstants()) {
				used.add(value.messageKey());
			}
		}
		for (OnlineLevel level : OnlineLevel.values()) {
			used.add("catalog.portal.online." + level.name());
		}
		for (Channel channel : Channel.values()) {
			used.add("catalog.portal.channel." + channel.name());
		}

		assertThat(used).hasSizeGreaterThan(200);
		assertThat(bundle("catalog").stringPropertyNames()).containsAll(used);
	}

	@Test
	void vietnameseBundleIsUtf8() throws IOException {
		assertThat(bundle("catalog").getProperty("catalog.procedures.title")).isEqualTo("Danh mục thủ tục hành chính");
	}

	@Test
	void dependsOnlyOnPlatformAuditAndOrganization() {
		var modules = ApplicationModules.of(OpenProvinceApplication.class);

		modules.verify();
		assertThat(modules.getModuleByName("catalog")).get()
			.satisfies(module -> assertThat(module.getDisplayName()).isEqualTo("Catalog"));
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
