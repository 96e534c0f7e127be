-- A visitor's own stars for a film (half stars, 0.5 to 5), apart from like and dislike: the star model predicts
-- stars for the films they have not rated once they have rated enough.
create table star_rating (
    profile_id uuid         not null references profile (id) on delete cascade,
    movie_id   integer      not null,
    stars      real         not null check (stars >= 0.5 and stars <= 5),
    updated    timestamp with time zone not null,
    primary key (profile_id, movie_id)
);
