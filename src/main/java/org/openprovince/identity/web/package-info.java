/** Login, registration, password and account administration pages. */
@NullMarked
package org.openprovince.identity.web;

import org.jspecify.annotations.NullMarked;
