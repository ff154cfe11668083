/**
 * The feedback aggregate with its transitions and deadlines, its store, the commands and the queries
 * behind the pages. Internal to the module.
 */
@NullMarked
package org.openprovince.feedback.internal;

import org.jspecify.annotations.NullMarked;
