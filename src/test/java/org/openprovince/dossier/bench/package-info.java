/** Benchmarks of dossier processing, run on demand (not part of the test suite). */
@NullMarked
package org.openprovince.dossier.bench;

import org.jspecify.annotations.NullMarked;
