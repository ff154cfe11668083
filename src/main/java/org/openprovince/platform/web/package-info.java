/** Web plumbing shared by the back office and the public portal. */
@NullMarked
package org.openprovince.platform.web;

import org.jspecify.annotations.NullMarked;
