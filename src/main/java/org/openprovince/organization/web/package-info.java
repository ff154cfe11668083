/**
 * Administrator pages of the organisation directory under {@code /office/organization}: agencies,
 * administrative units (with merges), positions and staff. Reading is for all staff; creating and
 * editing needs the ADMINISTRATOR role. Search forms are htmx-enhanced and work without JavaScript.
 */
@NullMarked
package org.openprovince.organization.web;

import org.jspecify.annotations.NullMarked;
