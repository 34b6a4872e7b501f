package org.jgsw.portal.competency;

import java.io.Serializable;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;

/**
 * What the match page shows of a person beside the fit: unit, age, education, channel. {@code key}
 * is the matching ID ({@code S…} staff, {@code C…} candidate); {@code postCode} is the staff member's
 * post, or the post a candidate applied for.
 */
public record PersonSummary(
    String key, String name, EntryChannel channel, Long unitId, String unitName, Integer age, Education education,
    String postName, String postCode) implements Serializable {

  public boolean isCandidate() {
    return key.startsWith("C");
  }

  public String channelLabel() {
    return Vocabulary.zh(channel);
  }

  public String educationLabel() {
    return Vocabulary.zh(education);
  }
}
