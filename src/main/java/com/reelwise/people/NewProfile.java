package com.reelwise.people;

/** A profile just created, with the secret key its owner needs for every later call (shown once). */
public record NewProfile(PersonLists lists, String key) {
}
