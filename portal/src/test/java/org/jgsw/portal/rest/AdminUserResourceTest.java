package org.jgsw.portal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jgsw.portal.rest.dto.UserCreateDto;
import org.junit.jupiter.api.Test;

/** The input checks of POST /api/admin/users, which answer 400 with a Chinese message. */
class AdminUserResourceTest {

  @Test
  void aCompleteRequestHasNoProblems() {
    assertThat(AdminUserResource.problems(new UserCreateDto("zhang.wei", "张伟", "secret123", List.of("STAFF", "HR")))).isEmpty();
  }

  @Test
  void missingFieldsAreNamedInChinese() {
    List<String> problems = AdminUserResource.problems(new UserCreateDto(null, " ", null, null));

    assertThat(problems).containsExactly("缺少用户名（username）。", "缺少显示名称（displayName）。", "密码至少需要 8 个字符。", "请至少指定一个角色（roles）。");
  }

  @Test
  void aShortPasswordABadUserNameAndAnUnknownRoleAreRejected() {
    List<String> problems = AdminUserResource.problems(new UserCreateDto("张三", "张三", "1234567", List.of("STAFF", "BOSS")));

    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).contains("username");
    assertThat(problems.get(1)).isEqualTo("密码至少需要 8 个字符。");
    assertThat(problems.get(2)).startsWith("未知角色“BOSS”").contains("TRAINING_ADMIN");
  }

  @Test
  void anEmptyBodyIsAProblem() {
    assertThat(AdminUserResource.problems(null)).containsExactly("请求须包含 JSON 请求体。");
  }

  @Test
  void pagingOutsideTheLimitsIsABadRequest() {
    assertThat(AdminUserResource.pagingOk(-1, 20)).isFalse();
    assertThat(AdminUserResource.pagingOk(0, 0)).isFalse();
    assertThat(AdminUserResource.pagingOk(0, 101)).isFalse();
    assertThat(AdminUserResource.pagingOk(Integer.MAX_VALUE, 100)).isFalse();
    assertThat(AdminUserResource.pagingOk(3, 100)).isTrue();
  }
}
