package org.jgsw.portal.competency;

import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.PostModel;

/** One person's fit against one model version, with what the report shows of the person. */
public record FitReport(PostModel model, FitResult fit, PersonSummary person) {}
