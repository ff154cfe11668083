/**
 * Demo feedback for the fictional Tỉnh Sông Hồng: a dozen items in every status, some published with
 * votes, loaded through the module's own commands at past moments.
 */
@NullMarked
package org.openprovince.feedback.demo;

import org.jspecify.annotations.NullMarked;
