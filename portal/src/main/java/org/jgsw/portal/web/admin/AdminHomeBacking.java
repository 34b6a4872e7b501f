package org.jgsw.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jgsw.portal.account.AccountService;
import org.jgsw.portal.organisation.OrganisationService;

/** admin/index.xhtml: the administration home with how many units, posts, people and users exist. */
@Named
@RequestScoped
public class AdminHomeBacking {

  @Inject OrganisationService organisation;
  @Inject AccountService accounts;

  private long units;
  private long posts;
  private long people;
  private long users;

  @PostConstruct
  void load() {
    units = organisation.countUnits();
    posts = organisation.countPosts("", null, true);
    people = organisation.countAllPeople();
    users = accounts.countAll();
  }

  public long getUnits() {
    return units;
  }

  public long getPosts() {
    return posts;
  }

  public long getPeople() {
    return people;
  }

  public long getUsers() {
    return users;
  }
}
