package org.jgsw.portal.organisation;

public enum PoliticalStatus {
  CPC_MEMBER,
  CPC_PROBATIONARY,
  CYL_MEMBER,
  DEMOCRATIC_PARTY,
  NONE
}
