package org.jgsw.course.application.port;

import java.util.Optional;
import org.jgsw.course.domain.TargetMember;

/** What training needs to know about one person, from the portal. */
public interface PeopleDirectory {

  Optional<TargetMember> find(String personId);

  /** The person id of whoever rates this person's behaviour after training (科室负责人), if known. */
  Optional<String> supervisorOf(String personId);
}
