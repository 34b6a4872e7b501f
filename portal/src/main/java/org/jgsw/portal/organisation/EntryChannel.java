package org.jgsw.portal.organisation;

/** How a person entered the civil service: 选调生, 公开遴选, 公开招考, 退役军人转业, 其他. */
public enum EntryChannel {
  SELECTED_GRADUATE,
  OPEN_SELECTION,
  OPEN_EXAM,
  VETERAN_TRANSFER,
  OTHER
}
