package org.jgsw.portal.competency;

import java.io.Serializable;
import org.jgsw.competency.domain.ModelStatus;

/** A post model version as lists show it: the post's name and unit beside the model's ID and status. */
public record ModelSummary(
    String id, String postCode, String postName, String unitName, int version, ModelStatus status, int requirements,
    int mustHaves, String basedOn) implements Serializable {

  public String statusLabel() {
    return status.label();
  }

  public String label() {
    return postName + "（v" + version + "，" + status.label() + "）";
  }
}
