/**
 * The feedback pages: the public list of published answers, the submission form and the citizen's own
 * items on the portal; the queue and the handling page in the back office; the home-page cards.
 */
@NullMarked
package org.openprovince.feedback.web;

import org.jspecify.annotations.NullMarked;
