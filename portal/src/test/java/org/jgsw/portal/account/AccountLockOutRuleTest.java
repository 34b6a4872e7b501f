package org.jgsw.portal.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.jgsw.portal.common.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** An administrator cannot deactivate their own account or drop their own ADMIN role. */
class AccountLockOutRuleTest {

  @Test
  void anAdministratorCannotDeactivateThemself() {
    assertThatThrownBy(() -> AccountService.checkNotLockingOut("admin", "admin", true, false, EnumSet.of(Role.ADMIN)))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).getMessageKey())
        .isEqualTo("user.self.deactivate");
  }

  @Test
  void anAdministratorCannotRemoveTheirOwnAdminRole() {
    assertThatThrownBy(() -> AccountService.checkNotLockingOut("admin", "admin", true, true, EnumSet.of(Role.STAFF)))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).getMessageKey())
        .isEqualTo("user.self.adminRole");
    assertThatThrownBy(() -> AccountService.checkNotLockingOut("admin", "admin", true, true, EnumSet.noneOf(Role.class)))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void anAdministratorMayChangeTheirOwnNameAndOtherRoles() {
    assertThatCode(() -> AccountService.checkNotLockingOut("admin", "admin", true, true, EnumSet.of(Role.ADMIN, Role.HR)))
        .doesNotThrowAnyException();
  }

  @Test
  void otherAccountsMayBeDeactivatedAndLoseTheAdminRole() {
    assertThatCode(() -> {
      AccountService.checkNotLockingOut("admin", "hr", false, false, EnumSet.of(Role.HR));
      AccountService.checkNotLockingOut("admin", "admin2", true, true, EnumSet.of(Role.STAFF));
    }).doesNotThrowAnyException();
  }

  @Test
  void theUserNameIsComparedWithoutCase() {
    assertThatThrownBy(() -> AccountService.checkNotLockingOut("Admin", "admin", true, false, EnumSet.of(Role.ADMIN)))
        .isInstanceOf(BusinessRuleException.class);
  }
}
