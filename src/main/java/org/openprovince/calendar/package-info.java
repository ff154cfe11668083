/**
 * Working calendar (lịch làm việc): office hours per agency, public holidays (ngày nghỉ lễ, tết)
 * computed from the law and the Vietnamese lunar calendar, the government's yearly schedule of
 * extra days off and compensatory working days, and the deadline arithmetic behind every time
 * limit (thời hạn giải quyết).
 *
 * <p>The base package is the module's API: the {@link org.openprovince.calendar.WorkingCalendar}
 * facade (deadlines, working time, the days of a year), the
 * {@link org.openprovince.calendar.CalendarAdministration} commands of the administrator pages,
 * and their value types. The deadline and holiday engines are package-private plain Java;
 * {@code web} is internal.
 */
@NullMarked
@ApplicationModule(displayName = "Calendar", allowedDependencies = { "platform", "audit", "organization", "identity" })
package org.openprovince.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
