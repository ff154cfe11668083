package org.openprovince.identity;

import java.util.List;

/**
 * An extension point of the back-office home page: a module that has work to show (e.g. dossiers
 * waiting in queues) contributes cards as a bean of this type, so identity needs no dependency on it.
 * Implementations answer fast (counts on indexed columns) and return an empty list for users they
 * have nothing for.
 */
public interface OfficeHomeTiles {

	List<HomeTile> tiles(CurrentUser user);
}
