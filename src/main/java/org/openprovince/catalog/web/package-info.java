/**
 * Catalog pages: the back office (search, detail, edit with versioning, agency configuration, the
 * internal-process step editor, import and export) and the public portal's procedure search and
 * procedure page. Internal to the catalog module.
 */
@NullMarked
package org.openprovince.catalog.web;

import org.jspecify.annotations.NullMarked;
