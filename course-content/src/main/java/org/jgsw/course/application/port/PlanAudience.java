package org.jgsw.course.application.port;

import java.util.List;
import org.jgsw.course.domain.PlanTarget;
import org.jgsw.course.domain.TargetMember;

/**
 * Who is in a plan's target, from the portal's people and unit tree. The portal may return a
 * superset (for example everyone in the units) — the plan keeps only those its target matches.
 */
public interface PlanAudience {

  List<TargetMember> membersOf(PlanTarget target);
}
