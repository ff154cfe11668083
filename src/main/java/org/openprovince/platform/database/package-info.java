/** The embedded PostgreSQL used when {@code OPENPROVINCE_DB_URL} is not set. */
@NullMarked
package org.openprovince.platform.database;

import org.jspecify.annotations.NullMarked;
