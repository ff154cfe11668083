/** Pages of the working calendar: the year view, the deadline calculator and the administrator editors. */
@NullMarked
package org.openprovince.calendar.web;

import org.jspecify.annotations.NullMarked;
