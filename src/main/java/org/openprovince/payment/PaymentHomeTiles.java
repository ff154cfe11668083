package org.openprovince.payment;

import java.util.List;

import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.HomeTile;
import org.openprovince.identity.OfficeHomeTiles;
import org.openprovince.identity.Role;
import org.openprovince.platform.WebForms;
import org.springframework.stereotype.Component;

/** On the back-office home of the counter and administrators: payments waiting for the bank. */
@Component
class PaymentHomeTiles implements OfficeHomeTiles {

	private final PaymentStore store;

	PaymentHomeTiles(PaymentStore store) {
		this.store = store;
	}

	@Override
	public List<HomeTile> tiles(CurrentUser user) {
		if (!user.hasRole(Role.RECEPTION_OFFICER) && !user.hasRole(Role.ADMINISTRATOR)) {
			return List.of();
		}
		return List.of(new HomeTile("payment.tile.pending", store.count(PaymentStatus.PENDING),
				WebForms.link(PaymentOfficeController.PATH, "status", PaymentStatus.PENDING), false));
	}
}
