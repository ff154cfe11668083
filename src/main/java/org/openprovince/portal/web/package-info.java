/** The portal's pages on the dossier module: the citizen's own dossiers and public tracking. */
@NullMarked
package org.openprovince.portal.web;

import org.jspecify.annotations.NullMarked;
