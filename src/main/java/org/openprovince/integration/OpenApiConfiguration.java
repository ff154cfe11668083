package org.openprovince.integration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the integration API ({@code /api/v1/openapi.json}, browsable at
 * {@code /api/v1/docs}): the endpoints come from the controllers (springdoc), the OAuth2
 * client-credentials scheme and its scopes from here.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String SCHEME = "oauth2";

	@Bean
	OpenAPI integrationOpenApi() {
		var scopes = new Scopes();
		scopes.addString(ApiScope.PROCEDURES_READ.value(), "Đọc danh mục thủ tục / read the procedure catalog");
		scopes.addString(ApiScope.DOSSIERS_READ.value(),
				"Đọc tiến độ hồ sơ theo mã — chỉ hệ thống cơ quan nhà nước / read dossier progress by code — government systems only");
		scopes.addString(ApiScope.STATISTICS_READ.value(),
				"Đọc chỉ số Quyết định 766 của tỉnh và các cơ quan / read the Decision 766 scores of the province and its agencies");
		return new OpenAPI()
			.info(new Info().title("OpenProvince — API tích hợp / Integration API")
				.version("v1")
				.description("""
						API cho các hệ thống thông tin của cơ quan nhà nước (vai trò LGSP của tỉnh). Xác thực OAuth2 \
						client credentials: lấy token tại /oauth2/token bằng mã và khóa bí mật do quản trị viên cấp, \
						gửi kèm header Authorization: Bearer. Lỗi trả về dạng RFC 9457 (application/problem+json). \
						Giới hạn số lần gọi mỗi phút theo từng hệ thống; mọi lần gọi đều được ghi nhật ký.

						API for government information systems (the province's LGSP role). OAuth2 client credentials: \
						get a token at /oauth2/token with the id and secret an administrator issued, send it as \
						Authorization: Bearer. Errors are RFC 9457 problem details. Calls are limited per client and \
						minute, and every call is audited.""")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes(SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
						.description("OAuth2 client credentials (RFC 6749 §4.4); JWT access tokens valid 15 minutes")
						.flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(scopes)))));
	}
}
