#!/usr/bin/env python3
"""A thinned copy of a release for measuring serving costs at scale: every person and every film of the release
kept (each person's latest rating and each film's latest rating always stay), the other ratings kept with
probability SHARE (seeded), movies.csv and links.csv linked as they are. Models trained on it have the release's
shapes (people x films tables, film layers, catalog embeddings) for a tenth of the training time; the app then
serves the whole release with them (models-at-scale.sh, THIN=0.1).
    python3 model-training/scale/thin-release.py /tmp/scale/ml-synth-16m /tmp/scale-thin/ml-synth-16m 0.1
"""
import csv, os, random, sys

source, target, share = sys.argv[1], sys.argv[2], float(sys.argv[3])
os.makedirs(target, exist_ok=True)
for name in ("movies.csv", "links.csv"):
    link = os.path.join(target, name)
    if not os.path.lexists(link):
        os.symlink(os.path.realpath(os.path.join(source, name)), link)
latest_of_person, latest_of_film = {}, {}
with open(os.path.join(source, "ratings.csv"), newline="") as f:
    rows = csv.reader(f)
    header = next(rows)
    for line, (user, movie, rating, stamp) in enumerate(rows):
        t = int(stamp)
        if latest_of_person.get(user, (-1, -1))[0] < t:
            latest_of_person[user] = (t, line)
        if latest_of_film.get(movie, (-1, -1))[0] < t:
            latest_of_film[movie] = (t, line)
keep_lines = {line for _, line in latest_of_person.values()} | {line for _, line in latest_of_film.values()}
random.seed(42)
kept = 0
with open(os.path.join(source, "ratings.csv"), newline="") as f, open(os.path.join(target, "ratings.csv"), "w", newline="") as out:
    rows = csv.reader(f)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(next(rows))
    for line, row in enumerate(rows):
        if line in keep_lines or random.random() < share:
            writer.writerow(row)
            kept += 1
print("%s: %d ratings of %d people and %d films (every one of the release's), from %s" % (
    target, kept, len(latest_of_person), len(latest_of_film), source))
