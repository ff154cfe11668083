/** Demo accounts for the demo province (only with {@code openprovince.demo.enabled}). */
@NullMarked
package org.openprovince.identity.demo;

import org.jspecify.annotations.NullMarked;
