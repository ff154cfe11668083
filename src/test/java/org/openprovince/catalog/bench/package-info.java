/** Benchmarks of the catalog, run on demand (not part of the test suite). */
@NullMarked
package org.openprovince.catalog.bench;

import org.jspecify.annotations.NullMarked;
