/**
 * Integration platform role (LGSP, nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh): a versioned REST API
 * under {@code /api/v1} for other government systems — the procedure catalog, a dossier's status and
 * history — secured by OAuth2 client credentials (tokens from {@code /oauth2/token}, Spring
 * Authorization Server) with one scope per resource, limited per client, every call audited, described
 * by OpenAPI; and, when enabled, the dossier events published to Kafka as a documented JSON schema.
 *
 * <p>Administrators register the API clients ({@code /office/admin/api-clients}). The module has no
 * public Java API: other systems use its HTTP and Kafka contracts (docs/integration-api.md).
 */
@NullMarked
@ApplicationModule(displayName = "Integration API",
		allowedDependencies = { "platform", "audit", "identity", "catalog", "dossier", "organization", "indicators" })
package org.openprovince.integration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
