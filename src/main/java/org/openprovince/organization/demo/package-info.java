/** Demo data: the fictional Tỉnh Sông Hồng, loaded at start-up when demo mode is on. */
@NullMarked
package org.openprovince.organization.demo;

import org.jspecify.annotations.NullMarked;
