/**
 * The dossier pages of the back office: work queues and search, counter intake, the dossier page with
 * one form per action the officer may take, the issued forms and files, the control slip and the
 * tracking book; and the queue counts on the home page. Internal to the dossier module.
 */
@NullMarked
package org.openprovince.dossier.web;

import org.jspecify.annotations.NullMarked;
