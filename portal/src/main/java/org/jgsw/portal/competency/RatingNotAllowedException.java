package org.jgsw.portal.competency;

import jakarta.ejb.ApplicationException;

/**
 * The rater may not rate this person, or not with this source: a supervisor outside their team or
 * with another source than a supervisor rating, a self-assessment of somebody else, a verified
 * rating of oneself, a candidate rated by anyone but HR.
 */
@ApplicationException(rollback = true)
public class RatingNotAllowedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RatingNotAllowedException(String why) {
    super(why);
  }
}
