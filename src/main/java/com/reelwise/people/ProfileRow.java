package com.reelwise.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the profile table. */
@Entity
@Table(name = "profile")
class ProfileRow {

    @Id
    private UUID id;
    @Column(nullable = false, length = 80)
    private String name;
    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;
    @Column(nullable = false)
    private Instant created;

    protected ProfileRow() {
        // for JPA
    }

    ProfileRow(UUID id, String name, String keyHash, Instant created) {
        this.id = id;
        this.name = name;
        this.keyHash = keyHash;
        this.created = created;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    String keyHash() {
        return keyHash;
    }
}
