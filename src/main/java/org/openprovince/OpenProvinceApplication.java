package org.openprovince;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * OpenProvince: the shared e-government systems of a Vietnamese province and its communes.
 *
 * <p>Each direct sub-package is one business module (Spring Modulith). {@code platform} is the shared
 * infrastructure every module may use (database start-up, web plumbing, message bundles).
 */
// Accounts come from the identity module; no generated in-memory user.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@Modulithic(systemName = "OpenProvince", sharedModules = "platform")
public class OpenProvinceApplication {

	public static void main(String[] args) {
		SpringApplication.run(OpenProvinceApplication.class, args);
	}
}
