/** The demo catalog of Tỉnh Sông Hồng, loaded into an empty catalog when demo data is on. */
@NullMarked
package org.openprovince.catalog.demo;

import org.jspecify.annotations.NullMarked;
